// The minutes page (meetings/admin/minutes_page.py): an "Add …" button adds a row to its formset from the
// page's template of that kind. The template is written for a formset prefixed "m__minute__-…" with the row
// numbered by a placeholder (__vote__, __cast__ …): both are replaced by the formset's own prefix and the new
// row's number, and the rows' count goes up. A new row's own formset (a new vote's named votes) is then named
// after it, and its button adds to it the same way. The focus moves to the new row's first field, and a new
// discussion point or resolution is numbered after the last.
"use strict";
(function () {
  function nextPosition(rows) {
    var highest = 0;
    rows.querySelectorAll("input[name$='-position']").forEach(function (input) {
      var value = parseInt(input.value, 10);
      if (value > highest) { highest = value; }
    });
    return highest + 1;
  }

  function addRow(button) {
    var prefix = button.dataset.formsetPrefix;
    var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    var template = document.getElementById("template-" + button.dataset.template);
    var rows = document.getElementById(prefix + "-rows");
    if (!total || !template || !rows) { return; }
    var index = parseInt(total.value, 10);
    var row = prefix + "-" + index;
    var html = template.innerHTML.split(template.dataset.prefix + "-" + template.dataset.placeholder).join(row);
    var holder = document.createElement("div");
    holder.innerHTML = html;
    var added = holder.firstElementChild;
    if (!added) { return; }
    var position = added.querySelector("input[name='" + row + "-position']");
    if (position) { position.value = String(nextPosition(rows)); }
    var none = rows.querySelector(".app-minutes-none");
    if (none) { none.remove(); }
    rows.appendChild(added);
    total.value = String(index + 1);
    var first = added.querySelector("input:not([type=hidden]), select, textarea");
    if (first) { first.focus(); }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.app-add-row");
    if (button) {
      event.preventDefault();
      addRow(button);
    }
  });
})();
