const express = require('express');
const orders = require('./routes/orders');

const app = express();
app.use(express.json());

app.get('/healthz', (req, res) => res.json({ ok: true }));
app.use('/api/v1/orders', orders);

app.listen(process.env.PORT || 3000);
module.exports = app;
