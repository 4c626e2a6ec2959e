// Drives Debian's Firefox ESR for the cross-engine tests and the benchmark, through
// puppeteer-core over WebDriver BiDi (no geckodriver in Debian). Python (tests/enginekit.py)
// runs it and speaks one JSON object per line on stdin and stdout:
//   in:  {id, cmd, ...arguments}
//   out: {id, ok: true, value} or {id, ok: false, error}
// Commands: launch {prefs}; context -> context id; page {context} -> page id;
// goto {page, url}; reload {page}; evaluate {page, fn, arg} (fn is a function's source, called with arg and
// awaited); type {page, selector, text}; click {page, selector}; problems {page} -> the console
// errors and page errors seen since the last call; closeContext {context}; quit.
import { createInterface } from "node:readline";
import puppeteer from "puppeteer-core";

const FIREFOX = process.env.FOLLOWUP_FIREFOX || "/usr/bin/firefox-esr";
/** @type {import("puppeteer-core").Browser | null} */
let browser = null;
const contexts = new Map();
const pages = new Map();
const problems = new Map();
let nextId = 1;

function pageOf(message) {
  const page = pages.get(message.page);
  if (!page) throw new Error(`no page ${message.page}`);
  return page;
}

const commands = {
  async launch({ prefs = {} }) {
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: prefs,
    });
    return browser.version();
  },
  async context() {
    const id = nextId++;
    contexts.set(id, await browser.createBrowserContext());
    return id;
  },
  async page({ context }) {
    const page = await contexts.get(context).newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const id = nextId++;
    const seen = [];
    problems.set(id, seen);
    page.on("console", (message) => {
      if (message.type() === "error") seen.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => seen.push(`pageerror: ${error.message ?? error}`));
    page.on("dialog", (dialog) => {
      seen.push(`dialog: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    pages.set(id, page);
    return id;
  },
  async goto(message) {
    await pageOf(message).goto(message.url, { waitUntil: "load", timeout: 180000 });
    return null;
  },
  async reload(message) {
    await pageOf(message).reload({ waitUntil: "load", timeout: 180000 });
    return null;
  },
  async evaluate(message) {
    const page = pageOf(message);
    return page.evaluate(`(${message.fn})(${JSON.stringify(message.arg ?? null)})`);
  },
  async type(message) {
    await pageOf(message).type(message.selector, message.text);
    return null;
  },
  async click(message) {
    await pageOf(message).click(message.selector);
    return null;
  },
  async problems(message) {
    const seen = problems.get(message.page) ?? [];
    return seen.splice(0);
  },
  async closeContext({ context }) {
    const held = contexts.get(context);
    contexts.delete(context);
    for (const [id, page] of pages) {
      if (page.browserContext() === held) {
        pages.delete(id);
        problems.delete(id);
      }
    }
    await held?.close();
    return null;
  },
  async quit() {
    await browser?.close();
    browser = null;
    return null;
  },
};

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) continue;
  const message = JSON.parse(line);
  let reply;
  try {
    const value = await commands[message.cmd](message);
    reply = { id: message.id, ok: true, value: value === undefined ? null : value };
  } catch (error) {
    reply = { id: message.id, ok: false, error: String(error && error.message ? error.message : error) };
  }
  process.stdout.write(`${JSON.stringify(reply)}\n`);
  if (message.cmd === "quit") break;
}
await browser?.close();
