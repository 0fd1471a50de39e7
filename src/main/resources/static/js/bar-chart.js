// Horizontal bar charts from their data: <div class="bar-chart" data-chart='{"labels": […], "series": [{"name": …,
// "data": […]}], "stacked": true}'> — one row per label (an org, a status), one bar (or stacked part) per series.
// The numbers are also in a table on the page, readable without JavaScript; this draws them where ECharts is loaded
// (only on pages that chart; no inline script: CSP script-src 'self').
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') return;
  [].forEach.call(document.querySelectorAll('.bar-chart[data-chart]'), function (el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    el.style.height = Math.max(280, 40 + data.labels.length * (data.stacked ? 28 : 16 + 12 * data.series.length)) + 'px';
    var chart = echarts.init(el);
    chart.setOption({
      // richText: the tooltip is drawn on the canvas; HTML tooltips carry style attributes that the CSP refuses
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: data.labels, inverse: true },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'bar', stack: data.stacked ? 'total' : undefined, data: s.data };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
