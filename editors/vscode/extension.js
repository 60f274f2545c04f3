// Starts `medlint server` for Markdown, HTML and plain-text documents and hands it to VS Code's LSP client.
"use strict";

const { workspace } = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate() {
  const command = workspace.getConfiguration("medlint").get("path", "medlint");
  client = new LanguageClient(
    "medlint",
    "medlint",
    { command, args: ["server"] },
    {
      documentSelector: ["markdown", "html", "plaintext"].map((language) => ({ scheme: "file", language })),
      // the server re-reads its configuration when one of these changes
      synchronize: { fileEvents: workspace.createFileSystemWatcher("**/{pyproject.toml,medlint.toml}") },
    },
  );
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
