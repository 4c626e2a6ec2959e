// @ts-check
// Loaded with `async` in the <head> of pages that host a tool: starts the tools'
// Python while the rest of the page is still arriving. tools.js later imports the
// same engine module, so it finds this engine instead of starting a second one.
import { getEngine } from "./engine.js";

getEngine();
