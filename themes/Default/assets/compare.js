// 比较: lays out the figures of compare/data.json (formatted at build time) for two to four agencies, one table a metric,
// years down and agencies across. The choice lives in the address (?a=id1,id2) so a reader can share it; the back
// button restores the previous choice. No number is computed here.
(function () {
  'use strict';
  var form = document.getElementById('compare-form');
  if (!form || !window.fetch || !window.history || !window.URLSearchParams) {
    return;
  }

  var results = document.getElementById('compare-results');
  var tables = document.getElementById('compare-tables');
  var status = document.getElementById('compare-status');
  var heading = document.getElementById('compare-heading');
  var min = Number(form.dataset.min);
  var max = Number(form.dataset.max);
  var parameter = form.dataset.parameter;
  var data = null;

  form.hidden = false;

  function chosenFromAddress() {
    var value = new URLSearchParams(window.location.search).get(parameter) || '';
    return value.split(',').filter(function (id) { return id.length > 0; });
  }

  function boxes() {
    return Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox]'));
  }

  function element(name, text, className) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function table(metric, index, agencies) {
    var years = [];
    agencies.forEach(function (agency) {
      agency.years.forEach(function (y) {
        if (years.indexOf(y.year) < 0) {
          years.push(y.year);
        }
      });
    });
    years.sort();

    var id = 'compare-' + metric.id;
    var region = element('div', null, 'table-scroll');
    region.setAttribute('role', 'region');
    region.setAttribute('aria-labelledby', id + '-caption');
    region.tabIndex = 0;
    var t = element('table', null, 'data-table');
    t.id = id;
    var caption = element('caption');
    caption.id = id + '-caption';
    caption.appendChild(element('span', metric.name + (metric.unit ? '（' + metric.unit + '）' : '')));
    t.appendChild(caption);
    var head = element('thead');
    var headRow = element('tr');
    var corner = element('th', '年度');
    corner.scope = 'col';
    headRow.appendChild(corner);
    agencies.forEach(function (agency) {
      var th = element('th');
      th.scope = 'col';
      var a = element('a', agency.name);
      a.href = form.dataset.linkPrefix + agency.route + form.dataset.linkSuffix;
      th.appendChild(a);
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    t.appendChild(head);
    var body = element('tbody');
    years.forEach(function (year) {
      var row = element('tr');
      var th = element('th', year + ' 年度');
      th.scope = 'row';
      row.appendChild(th);
      agencies.forEach(function (agency) {
        var entry = agency.years.filter(function (y) { return y.year === year; })[0];
        var td = element('td', entry ? entry.values[index][0] : '—', 'num');
        var note = entry ? entry.values[index][1] : '该年无报告';
        if (note) {
          td.appendChild(element('span', '（' + note + '）', 'cell-note'));
        }
        row.appendChild(td);
      });
      body.appendChild(row);
    });
    t.appendChild(body);
    region.appendChild(t);
    return region;
  }

  function show(ids, moveFocus) {
    var agencies = ids.map(function (id) { return data.agencies[id]; }).filter(Boolean);
    boxes().forEach(function (box) { box.checked = ids.indexOf(box.value) >= 0; });
    tables.textContent = '';
    if (agencies.length < min || agencies.length > max) {
      results.hidden = true;
      return;
    }
    data.metrics.forEach(function (metric, index) {
      tables.appendChild(table(metric, index, agencies));
    });
    results.hidden = false;
    heading.textContent = '比较结果：' + agencies.map(function (a) { return a.name; }).join('、');
    status.textContent = '';
    if (moveFocus) {
      heading.focus();
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var ids = boxes().filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    if (ids.length < min || ids.length > max) {
      status.textContent = '请选择 ' + min + ' 至 ' + max + ' 个机关，当前选择了 ' + ids.length + ' 个。';
      return;
    }
    var url = new URL(window.location.href);
    url.searchParams.set(parameter, ids.join(','));
    window.history.pushState(null, '', url.pathname + '?' + parameter + '=' + ids.map(encodeURIComponent).join(',') + url.hash);
    if (data) {
      show(ids, true);
    }
  });

  window.addEventListener('popstate', function () {
    if (data) {
      show(chosenFromAddress(), false);
    }
  });

  fetch(form.dataset.source)
    .then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    })
    .then(function (json) {
      data = json;
      var ids = chosenFromAddress();
      if (ids.length > 0) {
        show(ids, false);
      }
    })
    .catch(function () {
      status.textContent = '比较数据未能载入，请使用下方已生成的比较页面。';
    });
})();
