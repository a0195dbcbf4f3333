// The meeting's papers page (papers/item_uploads.py): once files are chosen in an item's upload form, a row for
// each file to give its own title (from its name), kind and exemption, in place of the form's "For every file".
// Without this script those apply to every file. A file, because the Content Security Policy refuses inline
// scripts.
"use strict";
(function () {
  var template;

  function titleFrom(name) {
    return name.replace(/\.[^.]*$/, "").replace(/_/g, " ").replace(/\s+/g, " ").trim();
  }

  function setUp(form) {
    var input = form.querySelector('input[type="file"]');
    var rows = form.querySelector(".app-file-rows");
    var defaults = form.querySelector(".app-defaults");
    var prefix = rows.getAttribute("data-prefix");

    input.addEventListener("change", function () {
      var files = Array.prototype.slice.call(input.files);
      var kept = rows.querySelectorAll(".app-file-row");
      // Rows shown again after a refusal keep what was typed in them when the same number of files is chosen.
      var keep = kept.length === files.length;
      if (!keep) {
        rows.textContent = "";
      }
      files.forEach(function (file, index) {
        if (keep) {
          return;
        }
        var html = template.innerHTML
          .replace(/ROWPREFIX/g, prefix)
          .replace(/ROWINDEX/g, String(index))
          .replace(/ROWNUMBER/g, String(index + 1));
        rows.insertAdjacentHTML("beforeend", html);
        var row = rows.lastElementChild;
        row.querySelector(".app-file-name").textContent = file.name;
        row.querySelector('[name="' + prefix + "-title_" + index + '"]').value = titleFrom(file.name);
        // Each row starts from what the form says for every file.
        row.querySelector("select[name$='-kind_" + index + "']").value = defaults.querySelector("select[name$='-kind']").value;
        row.querySelector("input[name$='-exempt_" + index + "']").checked = defaults.querySelector("input[name$='-exempt']").checked;
        row.querySelector("select[name$='-exempt_paragraph_" + index + "']").value =
          defaults.querySelector("select[name$='-exempt_paragraph']").value;
      });
      // Disabled, the fields for every file are not sent: each row says its own.
      defaults.hidden = files.length > 0;
      defaults.disabled = files.length > 0;
    });
  }

  function start() {
    template = document.getElementById("app-file-row");
    if (template) {
      Array.prototype.forEach.call(document.querySelectorAll(".app-paper-upload"), setUp);
    }
  }

  // Loaded in the page's head (the admin's Media): the forms come later.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
