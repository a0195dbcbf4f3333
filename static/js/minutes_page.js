// The minutes page (meetings/admin/minutes_page.py): "Add …" buttons add a row to their formset from its
// template, the placeholder (__vote__, __candidate__ …) replaced by the row's number, and move the focus to the
// row's first field. A template nested in the row (a new ballot's candidates) keeps its own placeholder, to be
// filled in when its own button is pressed. The number of a new discussion point or resolution follows on.
"use strict";
(function () {
  function nextPosition(rows, name) {
    var highest = 0;
    rows.querySelectorAll("input[name$='-" + name + "']").forEach(function (input) {
      var value = parseInt(input.value, 10);
      if (value > highest) { highest = value; }
    });
    return highest + 1;
  }

  function addRow(button) {
    var prefix = button.dataset.formsetPrefix;
    var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    var template = document.getElementById(prefix + "-empty");
    var rows = document.getElementById(prefix + "-rows");
    if (!total || !template || !rows) { return; }
    var index = parseInt(total.value, 10);
    var position = nextPosition(rows, "position");
    var html = template.innerHTML.split(button.dataset.placeholder).join(String(index));
    var holder = document.createElement("div");
    holder.innerHTML = html;
    var none = rows.querySelector(".app-minutes-none");
    if (none) { none.remove(); }
    var added = holder.firstElementChild;
    while (holder.firstChild) { rows.appendChild(holder.firstChild); }
    total.value = String(index + 1);
    if (!added) { return; }
    var positionInput = added.querySelector("input[name='" + prefix + "-" + index + "-position']");
    if (positionInput) { positionInput.value = String(position); }
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
