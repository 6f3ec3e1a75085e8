// Sorting and filtering of the lead table. Without script the table reads the same, unsorted and
// unfiltered; the filter box stays hidden.
(function () {
  'use strict';
  var root = document.documentElement;
  var table = document.getElementById('lead-table');
  if (!table) {
    root.setAttribute('data-script', 'ready');
    return;
  }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var heads = table.tHead.rows[0].cells;
  rows.forEach(function (row, i) { row.setAttribute('data-index', String(i)); });

  function key(row, column, type) {
    var cell = row.cells[column];
    var value = cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
    return type === 'number' ? Number(value) : value;
  }

  function sort(column, th) {
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var type = th.getAttribute('data-type');
    Array.prototype.forEach.call(heads, function (h) { h.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var sorted = rows.slice().sort(function (a, b) {
      var x = key(a, column, type);
      var y = key(b, column, type);
      var order = type === 'number' ? x - y : String(x).localeCompare(String(y), root.lang, { numeric: true });
      if (order === 0) {
        order = Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'));
        return order;
      }
      return ascending ? order : -order;
    });
    sorted.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(heads, function (th, column) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.appendChild(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', function () { sort(column, th); });
  });

  var filter = document.querySelector('.filter');
  var input = document.getElementById('lead-filter');
  var count = document.getElementById('lead-count');
  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var match = words.every(function (word) { return text.indexOf(word) >= 0; });
      row.hidden = !match;
      shown += match ? 1 : 0;
    });
    count.value = shown + ' ' + count.getAttribute('data-of') + ' ' + rows.length;
  }
  input.addEventListener('input', apply);
  filter.hidden = false;
  apply();
  root.setAttribute('data-script', 'ready');
})();
