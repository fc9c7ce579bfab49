// A typedoc plugin (typedoc.json "plugin"): names each guide of the documentation site by its first
// heading ("Choosing a scoring model") instead of its file name ("choosing-a-model"), so the guides
// need no frontmatter, which GitHub would show as a table at the top of each page.
import { Converter } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    if (typeof document.frontmatter.title === "string") return;
    const text = document.content.map((part) => part.text).join("");
    const heading = /^#\s+(.+?)\s*$/m.exec(text);
    if (heading !== null) document.name = heading[1].replace(/`/g, "");
  });
}
