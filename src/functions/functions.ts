/**
 * The custom-functions entry: loading these modules registers every LLMCOST function (the metadata plugin's
 * loader appends the CustomFunctions.associate calls to each file listed in webpack.config.js).
 */
import "./api-functions";
import "./business-functions";
import "./token-functions";
import "./selfhost-functions";
