// Boot only: the app shell until the map lands.
const app = document.getElementById('app');
if (app) {
  const h1 = document.createElement('h1');
  h1.textContent = '任务地图 Task Atlas';
  app.append(h1);
}
