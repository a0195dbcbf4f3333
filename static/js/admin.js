// The admin's own additions, in a file because the Content Security Policy refuses inline scripts (loaded on
// every admin page by templates/admin/base_site.html).
//
// - A list or an inline table wider than the page scrolls inside its box (css/admin.css): while it does, the
//   box takes the keyboard's focus, so the arrow keys scroll it, and is named for screen readers.
// - Django's admin leaves some controls without a name (WCAG 4.1.2, 1.3.1): a field in a table (an inline's,
//   or a list's editable column) is named by its column and its row, the parts of a date and time field by
//   the field's label, and the search-as-you-type boxes (select2) by the label of the field they stand for.
"use strict";
(function () {
  function words(element) {
    return element ? element.textContent.replace(/\s+/g, " ").trim().replace(/:$/, "") : "";
  }

  function named(field) {
    return (field.labels && field.labels.length) || field.hasAttribute("aria-label")
      || field.hasAttribute("aria-labelledby");
  }

  // --- boxes that scroll sideways ---------------------------------------------------------------------------

  var BOXES = "#changelist-form .results, .inline-related.tabular, .inline-group, .app-history, .app-table-box, .app-agenda, .app-plan";

  function boxName(box) {
    var heading = box.querySelector("h2") || document.querySelector("#content h1");
    return words(heading) || "Table";
  }

  // Whether there is more of the box to the right: its edge fades (css/admin.css).
  function markMore(box) {
    box.classList.toggle("app-scrolls--more", box.scrollLeft + box.clientWidth < box.scrollWidth - 1);
  }

  function markScrollingBoxes() {
    document.querySelectorAll(BOXES).forEach(function (box) {
      if (!box.dataset.appWatched) {
        box.dataset.appWatched = "1";
        box.addEventListener("scroll", function () { markMore(box); }, {passive: true});
      }
      markMore(box);
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", boxName(box));
        box.classList.add("app-scrolls");
      } else if (box.classList.contains("app-scrolls")) {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
        box.classList.remove("app-scrolls");
      }
    });
  }

  // --- fields without a name ----------------------------------------------------------------------------

  // The record a row of a table is: the link of a list's row, the saved record of an inline's.
  function rowName(row) {
    var record = row.querySelector("th, td.original p");
    if (record && words(record)) {
      return words(record);
    }
    var rows = Array.prototype.filter.call(row.parentElement.children, function (r) { return r.tagName === "TR"; });
    return "row " + (rows.indexOf(row) + 1);
  }

  function nameTableField(field) {
    var cell = field.closest("td");
    var table = cell && cell.closest("table");
    if (!table || !table.tHead) {
      return false;
    }
    // The column's header by name (field-title under column-title), else by place (an inline's "Delete?").
    var column = Array.prototype.find.call(cell.classList, function (c) { return c.indexOf("field-") === 0; });
    var header = column ? table.tHead.querySelector("th.column-" + column.slice("field-".length))
      : table.tHead.rows[0].cells[cell.cellIndex];
    if (!header || !words(header)) {
      return false;
    }
    field.setAttribute("aria-label", words(header) + ", " + rowName(cell.parentElement));
    return true;
  }

  // "Date:" and "Time:" written before the two boxes of a date and time field, under the field's label.
  function namePartOfField(field) {
    var row = field.closest(".form-row, .flex-container");
    var label = row && row.querySelector("label");
    var before = field.previousSibling;
    while (before && before.nodeType !== Node.TEXT_NODE) {
      before = before.previousSibling;
    }
    var part = before ? before.textContent.trim().replace(/:$/, "") : "";
    if (!label || !part) {
      return;
    }
    field.setAttribute("aria-label", words(label) + ": " + part.toLowerCase());
  }

  function nameFields(root) {
    root.querySelectorAll("input:not([type=hidden]), select, textarea").forEach(function (field) {
      if (named(field) || field.closest(".select2-container")) {
        return;
      }
      if (!nameTableField(field)) {
        namePartOfField(field);
      }
    });
  }

  // A select2 box stands in for a hidden <select>: it takes that select's label (given an id to point at).
  function nameSelect2(container) {
    var select = container.previousElementSibling;
    if (!select || select.tagName !== "SELECT") {
      return;
    }
    var label = select.labels && select.labels[0];
    var name = label ? words(label) : "";
    if (!name && select.closest("td")) {
      nameTableField(select);
      name = select.getAttribute("aria-label");
    }
    if (!name) {
      return;
    }
    var box = container.querySelector(".select2-selection");
    var rendered = container.querySelector(".select2-selection__rendered");
    if (box && label && rendered && rendered.id) {
      // The box reads as the label and the choice; the choice (select2 makes it a text box) as the label.
      label.id = label.id || select.id + "-label";
      box.setAttribute("aria-labelledby", label.id + " " + rendered.id);
      rendered.setAttribute("aria-labelledby", label.id);
    } else if (box) {
      box.setAttribute("aria-label", name);
      if (rendered && rendered.getAttribute("role") === "textbox") {
        rendered.setAttribute("aria-label", name);
      }
    }
    container.querySelectorAll(".select2-search__field").forEach(function (search) {
      search.setAttribute("aria-label", name);
    });
  }

  // select2 puts its "Remove all items" cross inside the list of choices, where only items may be: it goes
  // just before the list, still in the box that listens for its clicks.
  function moveClearButton(cross) {
    var list = cross.parentElement;
    if (list && list.tagName === "UL") {
      list.parentElement.insertBefore(cross, list);
    }
  }

  function nameAll(root) {
    nameFields(root);
    root.querySelectorAll(".select2-container").forEach(nameSelect2);
    root.querySelectorAll("ul > .select2-selection__clear").forEach(moveClearButton);
  }

  nameAll(document);
  markScrollingBoxes();
  // select2 draws its boxes once jQuery is ready, and again as it redraws them; inlines add rows.
  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      change.addedNodes.forEach(function (node) {
        if (node.nodeType !== Node.ELEMENT_NODE) {
          return;
        }
        if (node.classList.contains("select2-selection__clear")) {
          moveClearButton(node);
        } else {
          nameAll(node.classList.contains("select2-container") ? node.parentElement : node);
        }
      });
    });
  }).observe(document.body, {childList: true, subtree: true});
  if (window.ResizeObserver) {
    new ResizeObserver(markScrollingBoxes).observe(document.body);
  } else {
    window.addEventListener("resize", markScrollingBoxes);
  }
})();
