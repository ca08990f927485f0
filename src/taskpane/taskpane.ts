import { catalogDescription } from "../engine";

function render(): void {
  const app = document.getElementById("app");
  if (!app) return;
  app.innerHTML = "";
  const intro = document.createElement("p");
  intro.textContent = "Type =LLMCOST. in any cell to see the functions.";
  const sources = document.createElement("p");
  sources.className = "sources";
  sources.textContent = catalogDescription();
  app.append(intro, sources);
}

Office.onReady(() => render());
