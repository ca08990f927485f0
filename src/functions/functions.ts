/**
 * The custom-functions entry: loading these modules registers every LLMCOST function (the metadata plugin's
 * loader appends the registration calls to each file listed in webpack.config.js; none is written by hand).
 */
import "./api-functions";
import "./business-functions";
import "./token-functions";
import "./selfhost-functions";
