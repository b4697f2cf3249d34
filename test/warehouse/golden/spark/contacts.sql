WITH src AS (
  SELECT ROW_NUMBER() OVER (ORDER BY monotonically_increasing_id()) AS line_no, NULLIF(TRIM(CAST(`Customer ID` AS STRING)), '') AS customer_id, CAST(`invoice_date` AS TIMESTAMP) AS ts,
    CASE WHEN NULLIF(TRIM(CAST(`amount` AS STRING)), '') IS NOT NULL THEN CAST(`amount` AS DOUBLE) ELSE CAST(`qty` AS DOUBLE) * CAST(`unit_price` AS DOUBLE) END AS amount0, CAST(`qty` AS DOUBLE) AS quantity, CAST(`unit_price` AS DOUBLE) AS unit_price,
    NULLIF(TRIM(CAST(`invoice_no` AS STRING)), '') AS invoice_id, NULLIF(TRIM(CAST(NULL AS STRING)), '') AS product, NULLIF(TRIM(CAST(NULL AS STRING)), '') AS category
  FROM `crm`.`sales lines`
), prefix AS (
  SELECT COUNT_IF((LOWER(invoice_id) RLIKE '^(c|av)[\\s_-]?[0-9]')) * 2 <= COUNT(invoice_id) AS in_use
  FROM src
), typed AS (
  SELECT line_no, customer_id, ts, DATEDIFF(CAST(ts AS DATE), DATE '1970-01-01') AS day, quantity, unit_price, invoice_id, product, category,
    (amount0 < 0 OR quantity < 0 OR (prefix.in_use AND (LOWER(invoice_id) RLIKE '^(c|av)[\\s_-]?[0-9]') IS TRUE)) IS TRUE AS is_return,
    amount0
  FROM src CROSS JOIN prefix
  WHERE customer_id IS NOT NULL AND ts IS NOT NULL AND amount0 IS NOT NULL
), signed AS (
  SELECT *, CASE WHEN is_return AND amount0 > 0 THEN -amount0 ELSE amount0 END AS amount,
    (invoice_id IS NOT NULL OR ts <> CAST(CAST(ts AS DATE) AS TIMESTAMP)) AS identifiable
  FROM typed
  WHERE day >= -25567 AND day < 2932896 AND ABS(amount0) <= 1e12
    AND LENGTH(customer_id) <= 255
), kept AS (
  SELECT * FROM signed
  WHERE (unit_price IS NULL OR unit_price >= 0) AND (quantity IS NULL OR quantity <> 0)
), lines AS (
  SELECT line_no, customer_id, day, amount, is_return, invoice_id
  FROM kept WHERE NOT identifiable
  UNION ALL
  SELECT MIN(line_no) AS line_no, customer_id, day, amount, is_return, invoice_id
  FROM kept WHERE identifiable
  GROUP BY customer_id, ts, amount, invoice_id, quantity, unit_price, day, is_return
), given AS (SELECT 19723 AS as_of_day
), settings AS (
  SELECT as_of_day, 19539 AS calibration_end_day,
    DATEDIFF(CAST(ADD_MONTHS(DATE_ADD(DATE '1970-01-01', CAST(as_of_day AS INT)), -1) AS DATE), DATE '1970-01-01') AS migration_from_day,
    CAST(7 AS DOUBLE) AS unit_days
  FROM given
), contact_rows AS (
  SELECT ROW_NUMBER() OVER (ORDER BY monotonically_increasing_id()) AS contact_row, NULLIF(TRIM(CAST(`customer_id` AS STRING)), '') AS customer_id,
    NULLIF(TRIM(CAST(`campaign` AS STRING)), '') AS campaign, NULLIF(TRIM(CAST(`group` AS STRING)), '') AS contact_group,
    DATEDIFF(CAST(CAST(`contact_date` AS TIMESTAMP) AS DATE), DATE '1970-01-01') AS contact_day, NULLIF(TRIM(CAST(`channel` AS STRING)), '') AS channel,
    CAST(NULL AS DOUBLE) AS cost_per_contact, NULLIF(TRIM(CAST(NULL AS STRING)), '') AS own_converted,
    CAST(NULL AS DOUBLE) AS own_revenue
  FROM `crm`.`campaign_contacts`
), outcomes AS (
  SELECT k.contact_row,
    BOOL_OR(l.day >= k.contact_day AND NOT l.is_return AND l.amount > 0) IS TRUE AS converted,
    COALESCE(SUM(CASE WHEN l.day >= k.contact_day THEN l.amount END), 0) AS window_revenue,
    MAX(CASE WHEN l.day < k.contact_day AND NOT l.is_return THEN l.day END) AS pre_last_purchase_day,
    COUNT(DISTINCT CASE WHEN NOT l.is_return AND l.invoice_id IS NOT NULL AND l.day < k.contact_day THEN l.invoice_id END)
    + COUNT(DISTINCT CASE WHEN NOT l.is_return AND l.invoice_id IS NULL AND l.day < k.contact_day THEN l.day END) AS pre_orders,
    COALESCE(SUM(CASE WHEN l.day < k.contact_day THEN l.amount END), 0) AS pre_revenue,
    COUNT(DISTINCT CASE WHEN l.day < k.contact_day AND NOT l.is_return AND l.amount > 0 THEN l.day END) AS pre_purchase_days
  FROM contact_rows k CROSS JOIN settings
  LEFT JOIN lines l ON l.customer_id = k.customer_id AND l.day < k.contact_day + 30
    AND l.day <= settings.as_of_day
  GROUP BY k.contact_row
), contact_days AS (
  SELECT DISTINCT contact_day FROM contact_rows WHERE contact_day IS NOT NULL
), day_lines AS (
  SELECT c.contact_day, l.* FROM contact_days c CROSS JOIN settings
  JOIN lines l ON l.day < c.contact_day AND l.day <= settings.as_of_day
), day_first AS (
  SELECT contact_day, MIN(day) AS first_data_day FROM day_lines GROUP BY contact_day
), day_features AS (
  SELECT contact_day, customer_id,
    contact_day - MAX(CASE WHEN NOT is_return THEN day END) AS recency,
    COUNT(DISTINCT CASE WHEN NOT is_return AND invoice_id IS NOT NULL AND day < contact_day THEN invoice_id END)
    + COUNT(DISTINCT CASE WHEN NOT is_return AND invoice_id IS NULL AND day < contact_day THEN day END) AS frequency,
    GREATEST(0, ((FLOOR((SUM(amount)) * CAST(1000000 AS DOUBLE)) + CASE WHEN (SUM(amount)) * CAST(1000000 AS DOUBLE) - FLOOR((SUM(amount)) * CAST(1000000 AS DOUBLE)) >= 0.5 THEN 1 ELSE 0 END) / CAST(1000000 AS DOUBLE))) AS monetary
  FROM day_lines GROUP BY contact_day, customer_id
), scored AS (
  SELECT * FROM day_features WHERE frequency > 0
), ranked AS (
  SELECT contact_day, CAST(recency AS DOUBLE) AS recency,
    CAST(frequency AS DOUBLE) AS frequency, monetary,
    ROW_NUMBER() OVER (PARTITION BY contact_day ORDER BY recency) - 1 AS recency_rank,
    ROW_NUMBER() OVER (PARTITION BY contact_day ORDER BY frequency) - 1 AS frequency_rank,
    ROW_NUMBER() OVER (PARTITION BY contact_day ORDER BY monetary) - 1 AS monetary_rank
  FROM scored
), sizes AS (
  SELECT contact_day, COUNT(*) AS n FROM scored GROUP BY contact_day
), steps AS (
  SELECT sizes.contact_day, sizes.n, js.j FROM sizes
  CROSS JOIN (SELECT 1 AS j UNION ALL SELECT 2 AS j UNION ALL SELECT 3 AS j UNION ALL SELECT 4 AS j) AS js
), positions AS (
  SELECT contact_day, j, FLOOR((n - 1) * j / 5) AS lower,
    (n - 1) * j - FLOOR((n - 1) * j / 5) * 5 AS remainder
  FROM steps
), recency_cuts AS (
  SELECT p.contact_day, MAX(CASE WHEN p.j = 1 THEN CAST(CASE WHEN p.remainder = 0 OR a.recency = b.recency THEN a.recency
      ELSE a.recency + (CAST(p.remainder AS DOUBLE) / 5) * (b.recency - a.recency) END AS STRING) END) || ';' || MAX(CASE WHEN p.j = 2 THEN CAST(CASE WHEN p.remainder = 0 OR a.recency = b.recency THEN a.recency
      ELSE a.recency + (CAST(p.remainder AS DOUBLE) / 5) * (b.recency - a.recency) END AS STRING) END) || ';' || MAX(CASE WHEN p.j = 3 THEN CAST(CASE WHEN p.remainder = 0 OR a.recency = b.recency THEN a.recency
      ELSE a.recency + (CAST(p.remainder AS DOUBLE) / 5) * (b.recency - a.recency) END AS STRING) END) || ';' || MAX(CASE WHEN p.j = 4 THEN CAST(CASE WHEN p.remainder = 0 OR a.recency = b.recency THEN a.recency
      ELSE a.recency + (CAST(p.remainder AS DOUBLE) / 5) * (b.recency - a.recency) END AS STRING) END) AS cuts
  FROM positions p
  JOIN ranked a ON a.contact_day = p.contact_day AND a.recency_rank = p.lower
  LEFT JOIN ranked b ON b.contact_day = p.contact_day AND b.recency_rank = p.lower + 1
  GROUP BY p.contact_day
), frequency_cuts AS (
  SELECT p.contact_day, MAX(CASE WHEN p.j = 1 THEN CAST(CASE WHEN p.remainder = 0 OR a.frequency = b.frequency THEN a.frequency
      ELSE a.frequency + (CAST(p.remainder AS DOUBLE) / 5) * (b.frequency - a.frequency) END AS STRING) END) || ';' || MAX(CASE WHEN p.j = 2 THEN CAST(CASE WHEN p.remainder = 0 OR a.frequency = b.frequency THEN a.frequency
      ELSE a.frequency + (CAST(p.remainder AS DOUBLE) / 5) * (b.frequency - a.frequency) END AS STRING) END) || ';' || MAX(CASE WHEN p.j = 3 THEN CAST(CASE WHEN p.remainder = 0 OR a.frequency = b.frequency THEN a.frequency
      ELSE a.frequency + (CAST(p.remainder AS DOUBLE) / 5) * (b.frequency - a.frequency) END AS STRING) END) || ';' || MAX(CASE WHEN p.j = 4 THEN CAST(CASE WHEN p.remainder = 0 OR a.frequency = b.frequency THEN a.frequency
      ELSE a.frequency + (CAST(p.remainder AS DOUBLE) / 5) * (b.frequency - a.frequency) END AS STRING) END) AS cuts
  FROM positions p
  JOIN ranked a ON a.contact_day = p.contact_day AND a.frequency_rank = p.lower
  LEFT JOIN ranked b ON b.contact_day = p.contact_day AND b.frequency_rank = p.lower + 1
  GROUP BY p.contact_day
), monetary_cuts AS (
  SELECT p.contact_day, MAX(CASE WHEN p.j = 1 THEN CAST(CASE WHEN p.remainder = 0 OR a.monetary = b.monetary THEN a.monetary
      ELSE a.monetary + (CAST(p.remainder AS DOUBLE) / 5) * (b.monetary - a.monetary) END AS STRING) END) || ';' || MAX(CASE WHEN p.j = 2 THEN CAST(CASE WHEN p.remainder = 0 OR a.monetary = b.monetary THEN a.monetary
      ELSE a.monetary + (CAST(p.remainder AS DOUBLE) / 5) * (b.monetary - a.monetary) END AS STRING) END) || ';' || MAX(CASE WHEN p.j = 3 THEN CAST(CASE WHEN p.remainder = 0 OR a.monetary = b.monetary THEN a.monetary
      ELSE a.monetary + (CAST(p.remainder AS DOUBLE) / 5) * (b.monetary - a.monetary) END AS STRING) END) || ';' || MAX(CASE WHEN p.j = 4 THEN CAST(CASE WHEN p.remainder = 0 OR a.monetary = b.monetary THEN a.monetary
      ELSE a.monetary + (CAST(p.remainder AS DOUBLE) / 5) * (b.monetary - a.monetary) END AS STRING) END) AS cuts
  FROM positions p
  JOIN ranked a ON a.contact_day = p.contact_day AND a.monetary_rank = p.lower
  LEFT JOIN ranked b ON b.contact_day = p.contact_day AND b.monetary_rank = p.lower + 1
  GROUP BY p.contact_day
), day_cuts AS (
  SELECT f.contact_day, f.first_data_day, r.cuts AS recency_cuts, q.cuts AS frequency_cuts, m.cuts AS monetary_cuts
  FROM day_first f
  LEFT JOIN recency_cuts r ON r.contact_day = f.contact_day
  LEFT JOIN frequency_cuts q ON q.contact_day = f.contact_day
  LEFT JOIN monetary_cuts m ON m.contact_day = f.contact_day
)
SELECT k.customer_id, k.campaign, k.contact_group, DATE_ADD(DATE '1970-01-01', CAST(k.contact_day AS INT)) AS contact_day,
  k.channel, k.cost_per_contact, k.own_converted, k.own_revenue, 30 AS conversion_window,
  o.converted, o.window_revenue, DATE_ADD(DATE '1970-01-01', CAST(o.pre_last_purchase_day AS INT)) AS pre_last_purchase_day,
  o.pre_orders, o.pre_revenue, o.pre_purchase_days,
  x.recency_cuts, x.frequency_cuts, x.monetary_cuts, DATE_ADD(DATE '1970-01-01', CAST(x.first_data_day AS INT)) AS first_data_day
FROM contact_rows k JOIN outcomes o ON o.contact_row = k.contact_row
LEFT JOIN day_cuts x ON x.contact_day = k.contact_day
ORDER BY k.contact_row;
