(function () {
  "use strict";
  // Reads data only from the JSON block and the DOM; writes only textContent and attributes,
  // never HTML, so no résumé text can become markup.
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  function sortValue(row, index, type) {
    var cell = row.cells[index];
    var raw = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent;
    if (type === "number") {
      var n = parseFloat(raw);
      return isNaN(n) ? -Infinity : n;
    }
    return raw.trim().toLowerCase();
  }

  each(document.querySelectorAll("table.sortable"), function (table) {
    var headers = table.tHead.rows[0].cells;
    each(headers, function (th, index) {
      var button = th.querySelector("button");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        each(headers, function (h) { if (h.querySelector("button")) { h.setAttribute("aria-sort", "none"); } });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var type = th.getAttribute("data-type") || "text";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortValue(a, index, type);
          var y = sortValue(b, index, type);
          var c = x < y ? -1 : (x > y ? 1 : 0);
          if (!ascending) { c = -c; }
          return c || Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  each(document.querySelectorAll("input.filter"), function (input) {
    var table = document.getElementById(input.getAttribute("data-table"));
    var count = document.getElementById(input.getAttribute("data-count"));
    input.addEventListener("input", function () {
      var query = input.value.trim().toLowerCase();
      var shown = 0;
      each(table.tBodies[0].rows, function (row) {
        var match = !query || row.textContent.toLowerCase().indexOf(query) !== -1;
        row.hidden = !match;
        shown += match ? 1 : 0;
      });
      count.textContent = shown + " of " + table.tBodies[0].rows.length + " shown";
    });
  });

  var viewing = document.getElementById("viewing");
  function showViewing() {
    var id = decodeURIComponent(location.hash.slice(1));
    var label = Object.prototype.hasOwnProperty.call(data.candidates, id) ? data.candidates[id] : "";
    viewing.textContent = label ? "Viewing: " + label : "";
  }
  window.addEventListener("hashchange", showViewing);
  showViewing();
}());
