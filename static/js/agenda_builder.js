// The agenda builder (meetings/admin/agenda.py), in a file because the Content Security Policy refuses inline
// scripts. The page works without it: each item's buttons move it, by mouse or keyboard.
//
// - After a change the address's fragment names the item or the button used: it takes the focus, so the
//   keyboard carries on from where it was.
// - Items can be dragged into a new order, which is posted at once by the page's reordering form.
"use strict";
// Loaded in the page's head (the admin's Media): it waits for the page.
document.addEventListener("DOMContentLoaded", function () {
  var table = document.getElementById("agenda-items");
  if (!table) {
    return;
  }
  var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (target && (table.contains(target) || target.id === "item-form")) {
    target.focus();
  }

  var form = document.getElementById("agenda-order");
  var body = table.tBodies[0];
  if (!form || !body) {
    return;
  }
  var dragged = null;

  function order() {
    return Array.prototype.map.call(body.rows, function (row) { return row.dataset.item; }).join(",");
  }

  var before = order();
  Array.prototype.forEach.call(body.rows, function (row) {
    row.draggable = true;
    row.classList.add("app-draggable");
    row.addEventListener("dragstart", function (event) {
      dragged = row;
      row.classList.add("app-dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", row.dataset.item);
    });
    row.addEventListener("dragend", function () {
      row.classList.remove("app-dragging");
      dragged = null;
    });
  });

  body.addEventListener("dragover", function (event) {
    var row = event.target.closest ? event.target.closest("tr") : null;
    if (!dragged || !row || row.parentNode !== body) {
      return;
    }
    event.preventDefault();
    if (row !== dragged) {
      var box = row.getBoundingClientRect();
      body.insertBefore(dragged, event.clientY > box.top + box.height / 2 ? row.nextSibling : row);
    }
  });

  body.addEventListener("drop", function (event) {
    if (!dragged) {
      return;
    }
    event.preventDefault();
    if (order() !== before) {
      form.elements.order.value = order();
      form.submit();
    }
  });
});
