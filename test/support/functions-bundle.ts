export * from "../../dev/load-functions-bundle";
