// Progressive enhancement for GOV.UK Frontend components (header menu, accordions …).
import { initAll } from "../build/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
