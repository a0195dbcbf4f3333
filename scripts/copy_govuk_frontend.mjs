// After the stylesheet is compiled: copies from govuk-frontend what the pages load, its script and each asset
// (image, font) the stylesheet names, and nothing more: production's collectstatic hashes every file it is
// given, and fails on a stylesheet naming a file it was not given.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const dist = "node_modules/govuk-frontend/dist/govuk";
const build = "static/build";

function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

copy(join(dist, "govuk-frontend.min.js"), join(build, "govuk-frontend.min.js"));
// scss/app.scss sets $govuk-assets-path to "govuk/assets/", relative to the stylesheet.
const stylesheet = readFileSync(join(build, "app.css"), "utf8");
const named = [...stylesheet.matchAll(/url\(["']?govuk\/assets\/([^"')?#]+)/g)].map((match) => match[1]);
for (const asset of new Set(named)) {
  copy(join(dist, "assets", asset), join(build, "govuk", "assets", asset));
}
