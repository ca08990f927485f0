/**
 * Jest stand-in for office-addin-manifest (mapped in jest.config.js). office-addin-mock only imports the `OfficeApp`
 * enum from it (lib/officeMockObject.js: OfficeApp.Outlook in load/resetValue; lib/host.js: Object.values(OfficeApp)
 * to recognise a `host` key in the mock data). The values copy node_modules/office-addin-manifest/lib/officeApp.js
 * (v3.0.0); test/templates/mock/writer-office-addin-mock.test.ts checks they still match the real package.
 */
const OfficeApp = Object.freeze({
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
});

module.exports = { OfficeApp };
