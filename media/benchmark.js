// Benchmark panel script: draws the wall-time and event-loop-delay charts (inline SVG) from the report
// embedded in #benchmark-data, and wires "Copy as Markdown" to the extension. No network, no eval.
// The chart builders are pure string functions, exported for the unit tests when loaded under Node.
(function () {
  'use strict';

  var ROW = 34;
  var BAR = 18;
  var LABEL_WIDTH = 170;
  var VALUE_WIDTH = 110;
  var WIDTH = 680;
  var TOP = 8;
  var AXIS = 24;

  function escapeXml(value) {
    return String(value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function isNumber(value) {
    return typeof value === 'number' && isFinite(value);
  }

  function formatMs(value) {
    if (!isNumber(value)) return '–';
    var abs = Math.abs(value);
    return value.toFixed(abs < 10 ? 2 : abs < 100 ? 1 : 0) + ' ms';
  }

  /** An axis maximum >= max on a 1-2-5 step, and its step, for about `ticks` gridlines. */
  function niceScale(max, ticks) {
    if (!isNumber(max) || max <= 0) return { max: 1, step: 0.25 };
    var rough = max / (ticks || 4);
    var magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    var residual = rough / magnitude;
    var step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10) * magnitude;
    return { max: Math.ceil(max / step - 1e-9) * step, step: step };
  }

  function plotWidth() {
    return WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  }

  function axis(scale, height) {
    var parts = [];
    for (var value = 0; value <= scale.max + scale.step / 2; value += scale.step) {
      var x = LABEL_WIDTH + (value / scale.max) * plotWidth();
      parts.push('<line class="grid" x1="' + x.toFixed(1) + '" x2="' + x.toFixed(1) + '" y1="' + TOP + '" y2="' + (height - AXIS + 4) + '"/>');
      parts.push('<text class="tick" x="' + x.toFixed(1) + '" y="' + (height - 6) + '" text-anchor="middle">' + escapeXml(formatTick(value, scale.step)) + '</text>');
    }
    return parts.join('');
  }

  function formatTick(value, step) {
    var digits = step >= 1 ? 0 : Math.min(3, Math.ceil(-Math.log10(step)));
    return value.toFixed(digits);
  }

  function svg(height, label, body) {
    return '<svg class="chart-svg" viewBox="0 0 ' + WIDTH + ' ' + height +
      '" width="100%" preserveAspectRatio="xMinYMin meet" role="img" aria-label="' + escapeXml(label) + '">' + body + '</svg>';
  }

  function rowLabel(name, y, best) {
    return '<text class="label' + (best ? ' best' : '') + '" x="' + (LABEL_WIDTH - 8) + '" y="' + (y + BAR / 2 + 4) +
      '" text-anchor="end">' + escapeXml(name) + '</text>';
  }

  /** Median wall time per strategy as a bar, min..max as a whisker; errored strategies say so. */
  function wallChartSvg(report) {
    var strategies = (report && report.strategies) || [];
    var ok = strategies.filter(function (s) { return !s.error && s.wallMs && isNumber(s.wallMs.median); });
    var top = Math.max.apply(null, [0].concat(ok.map(function (s) { return isNumber(s.wallMs.max) ? s.wallMs.max : s.wallMs.median; })));
    var scale = niceScale(top, 4);
    var height = TOP + strategies.length * ROW + AXIS;
    var best = report && report.verdict && report.verdict.best;
    var x = function (value) { return LABEL_WIDTH + (value / scale.max) * plotWidth(); };
    var parts = [axis(scale, height)];
    strategies.forEach(function (s, index) {
      var y = TOP + index * ROW + (ROW - BAR) / 2;
      parts.push(rowLabel(s.name, y, s.name === best));
      if (s.error || !s.wallMs || !isNumber(s.wallMs.median)) {
        parts.push('<text class="error-text" x="' + (LABEL_WIDTH + 4) + '" y="' + (y + BAR / 2 + 4) + '">' + escapeXml(s.error ? 'error: ' + s.error : 'no measurement') + '</text>');
        return;
      }
      var w = s.wallMs;
      var mid = y + BAR / 2;
      parts.push('<rect class="bar' + (s.name === best ? ' best' : '') + '" data-strategy="' + escapeXml(s.name) + '" x="' + LABEL_WIDTH +
        '" y="' + y + '" width="' + Math.max(1, x(w.median) - LABEL_WIDTH).toFixed(1) + '" height="' + BAR + '"><title>' +
        escapeXml(s.name + ': median ' + formatMs(w.median) + ', min ' + formatMs(w.min) + ', max ' + formatMs(w.max)) + '</title></rect>');
      if (isNumber(w.min) && isNumber(w.max)) {
        var x1 = x(w.min).toFixed(1), x2 = x(w.max).toFixed(1);
        parts.push('<line class="whisker" x1="' + x1 + '" x2="' + x2 + '" y1="' + mid + '" y2="' + mid + '"/>');
        parts.push('<line class="whisker" x1="' + x1 + '" x2="' + x1 + '" y1="' + (mid - 5) + '" y2="' + (mid + 5) + '"/>');
        parts.push('<line class="whisker" x1="' + x2 + '" x2="' + x2 + '" y1="' + (mid - 5) + '" y2="' + (mid + 5) + '"/>');
      }
      parts.push('<text class="value" x="' + (WIDTH - VALUE_WIDTH + 8) + '" y="' + (mid + 4) + '">' + escapeXml(formatMs(w.median)) + '</text>');
    });
    return svg(height, 'Median wall time per strategy, with min-max spread', parts.join(''));
  }

  /** Main-thread event-loop delay per strategy: p99 (solid) inside max (light). */
  function delayChartSvg(report) {
    var strategies = (report && report.strategies) || [];
    var delays = strategies.map(function (s) { return (!s.error && s.eventLoopDelayMs) || {}; });
    var top = Math.max.apply(null, [0].concat(delays.map(function (d) { return isNumber(d.max) ? d.max : isNumber(d.p99) ? d.p99 : 0; })));
    var scale = niceScale(top, 4);
    var height = TOP + strategies.length * ROW + AXIS + 18;
    var x = function (value) { return LABEL_WIDTH + (value / scale.max) * plotWidth(); };
    var parts = [axis(scale, height - 18)];
    strategies.forEach(function (s, index) {
      var y = TOP + index * ROW + (ROW - BAR) / 2;
      var d = delays[index];
      parts.push(rowLabel(s.name, y, false));
      if (s.error || (!isNumber(d.max) && !isNumber(d.p99))) {
        parts.push('<text class="error-text" x="' + (LABEL_WIDTH + 4) + '" y="' + (y + BAR / 2 + 4) + '">' + escapeXml(s.error ? 'error' : 'no measurement') + '</text>');
        return;
      }
      if (isNumber(d.max)) {
        parts.push('<rect class="delay-max" data-strategy="' + escapeXml(s.name) + '" x="' + LABEL_WIDTH + '" y="' + y + '" width="' +
          Math.max(1, x(d.max) - LABEL_WIDTH).toFixed(1) + '" height="' + BAR + '"><title>' + escapeXml(s.name + ': max ' + formatMs(d.max)) + '</title></rect>');
      }
      if (isNumber(d.p99)) {
        parts.push('<rect class="delay-p99" x="' + LABEL_WIDTH + '" y="' + (y + 4) + '" width="' +
          Math.max(1, x(d.p99) - LABEL_WIDTH).toFixed(1) + '" height="' + (BAR - 8) + '"><title>' + escapeXml(s.name + ': p99 ' + formatMs(d.p99)) + '</title></rect>');
      }
      parts.push('<text class="value" x="' + (WIDTH - VALUE_WIDTH + 8) + '" y="' + (y + BAR / 2 + 4) + '">' + escapeXml(formatMs(isNumber(d.max) ? d.max : d.p99)) + '</text>');
    });
    var legendY = height - 4;
    parts.push('<rect class="delay-p99" x="' + LABEL_WIDTH + '" y="' + (legendY - 9) + '" width="12" height="10"/>');
    parts.push('<text class="tick" x="' + (LABEL_WIDTH + 16) + '" y="' + legendY + '">p99</text>');
    parts.push('<rect class="delay-max" x="' + (LABEL_WIDTH + 60) + '" y="' + (legendY - 9) + '" width="12" height="10"/>');
    parts.push('<text class="tick" x="' + (LABEL_WIDTH + 76) + '" y="' + legendY + '">max</text>');
    return svg(height, 'Event-loop delay per strategy, p99 and max', parts.join(''));
  }

  var exported = { escapeXml: escapeXml, niceScale: niceScale, wallChartSvg: wallChartSvg, delayChartSvg: delayChartSvg };
  if (typeof module === 'object' && module.exports) module.exports = exported;

  if (typeof document === 'undefined' || typeof acquireVsCodeApi !== 'function') return;

  var vscode = acquireVsCodeApi();
  var data = document.getElementById('benchmark-data');
  var report;
  try {
    report = JSON.parse(data ? data.textContent : 'null');
  } catch (error) {
    report = null;
  }
  var wall = document.getElementById('wall-chart');
  var delay = document.getElementById('delay-chart');
  if (report && wall) wall.innerHTML = wallChartSvg(report);
  if (report && delay) delay.innerHTML = delayChartSvg(report);

  var button = document.getElementById('copy-markdown');
  if (button) {
    button.addEventListener('click', function () {
      vscode.postMessage({ type: 'copyMarkdown' });
    });
  }
  window.addEventListener('message', function (event) {
    var message = event.data;
    if (!button || !message || message.type !== 'copied') return;
    button.textContent = 'Copied';
    button.disabled = true;
    setTimeout(function () {
      button.textContent = 'Copy as Markdown';
      button.disabled = false;
    }, 1500);
  });
})();
