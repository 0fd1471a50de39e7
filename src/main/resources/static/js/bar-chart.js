// Horizontal bar charts from their data: <div class="bar-chart" data-chart='{"labels": […], "series": [{"name": …,
// "data": […]}], "stacked": true}'> — one row per label (an org, an option), one bar (or stacked part) per series;
// or '{"labels": […], "values": […]}' for one unnamed series with its numbers on the bars (a survey question).
// The numbers are also in a table on the page, readable without JavaScript; this draws them where ECharts is loaded
// (only on pages that chart; no inline script: CSP script-src 'self').
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') return;
  [].forEach.call(document.querySelectorAll('.bar-chart[data-chart]'), function (el) {
    var data = JSON.parse(el.getAttribute('data-chart')), named = !!data.series;
    var series = named ? data.series : [{ name: '', data: data.values }];
    var row = data.stacked || !named ? 28 : 16 + 12 * series.length;
    el.style.height = Math.max(named ? 280 : 160, (named ? 40 : 16) + data.labels.length * row) + 'px';
    var chart = echarts.init(el);
    chart.setOption({
      // richText: the tooltip is drawn on the canvas; HTML tooltips carry style attributes that the CSP refuses
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
      legend: named ? { top: 0 } : { show: false },
      grid: { left: 8, right: 24, top: named ? 40 : 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: data.labels, inverse: true },
      series: series.map(function (s) {
        return { name: s.name, type: 'bar', stack: data.stacked ? 'total' : undefined, data: s.data,
          label: named ? undefined : { show: true, position: 'right' } };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
