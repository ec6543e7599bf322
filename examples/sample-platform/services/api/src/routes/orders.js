const express = require('express');
const { Pool } = require('pg');

const db = new Pool();
const router = express.Router();

router.get('/', async (req, res) => res.json((await db.query('SELECT * FROM orders')).rows));
router.post('/', async (req, res) => res.status(201).json({ id: 1 }));
router.get('/:id', async (req, res) => res.json({ id: req.params.id }));

module.exports = router;
