// Draws a regional summary's charts from their canvases' data-chart attributes: incidents by month (dated to the
// day and known only to the month, stacked) with fatalities as a line and the designation timeline as markers on
// the same months, and incidents by group and by event type. Each chart's numbers are also in the table beside it.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  const charts = [];

  const trend = document.getElementById('trend-chart');
  if (trend) {
    const data = JSON.parse(trend.dataset.chart);
    const marks = data.events.map(function (events) { return events.length > 0 ? 1 : null; });
    charts.push(new Chart(trend, {
      data: {
        labels: data.labels,
        datasets: [
          { type: 'bar', label: data.names.dayKnown, data: data.dayKnown, stack: 'incidents', yAxisID: 'y',
            backgroundColor: '#1f5f99' },
          { type: 'bar', label: data.names.monthOnly, data: data.monthOnly, stack: 'incidents', yAxisID: 'y',
            backgroundColor: '#8fb3d9' },
          { type: 'line', label: data.names.fatalities, data: data.fatalities, yAxisID: 'y2',
            borderColor: '#b02a37', backgroundColor: '#b02a37', tension: 0.2 },
          { type: 'line', label: data.names.events, data: marks, yAxisID: 'yEvents', showLine: false,
            pointStyle: 'triangle', pointRadius: 8, borderColor: '#6f42c1', backgroundColor: '#6f42c1' }
        ]
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, position: 'left', title: { display: true, text: data.names.incidents } },
          y2: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false },
            title: { display: true, text: data.names.fatalities } },
          yEvents: { display: false, min: 0, max: 1.1 }
        },
        plugins: {
          tooltip: {
            callbacks: {
              label: function (context) {
                if (context.dataset.yAxisID === 'yEvents') {
                  return data.events[context.dataIndex];
                }
                return context.dataset.label + ': ' + context.formattedValue;
              }
            }
          }
        }
      }
    }));
  }

  document.querySelectorAll('canvas.bar-chart').forEach(function (canvas) {
    const data = JSON.parse(canvas.dataset.chart);
    charts.push(new Chart(canvas, {
      type: 'bar',
      data: { labels: data.labels, datasets: [{ label: data.name, data: data.incidents, backgroundColor: '#1f5f99' }] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: 'y',
        scales: { x: { beginAtZero: true } },
        plugins: { legend: { display: false } }
      }
    }));
  });

  // Printed pages are narrower than the screen: the charts are drawn again at the printed size, and back after.
  window.addEventListener('beforeprint', function () {
    charts.forEach(function (chart) { chart.resize(640, 300); });
  });
  window.addEventListener('afterprint', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
