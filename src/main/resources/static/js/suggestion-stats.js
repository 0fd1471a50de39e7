// Draws the suggestion statistics chart (submitted and adopted per unit) from the data-chart attribute.
// Loaded only on /suggestions/statistics, together with ECharts; no inline script (CSP script-src 'self').
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('suggestion-stats-chart');
  if (!el || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(el.getAttribute('data-chart'));
  el.style.height = Math.max(280, 40 + data.orgs.length * 36) + 'px';
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.orgs, inverse: true },
    series: data.series.map(function (s) { return { name: s.name, type: 'bar', data: s.data }; })
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
