WITH src AS (
  SELECT ROW_NUMBER() OVER (ORDER BY SEQ8()) AS line_no, NULLIF(TRIM(TO_VARCHAR("Customer ID")), '') AS customer_id, TRY_TO_TIMESTAMP_NTZ(TO_VARCHAR("invoice_date")) AS ts,
    CASE WHEN NULLIF(TRIM(TO_VARCHAR("amount")), '') IS NOT NULL THEN TRY_TO_DOUBLE(TO_VARCHAR("amount")) ELSE TRY_TO_DOUBLE(TO_VARCHAR("qty")) * TRY_TO_DOUBLE(TO_VARCHAR("unit_price")) END AS amount0, TRY_TO_DOUBLE(TO_VARCHAR("qty")) AS quantity, TRY_TO_DOUBLE(TO_VARCHAR("unit_price")) AS unit_price,
    NULLIF(TRIM(TO_VARCHAR("invoice_no")), '') AS invoice_id, NULLIF(TRIM(TO_VARCHAR(NULL)), '') AS product, NULLIF(TRIM(TO_VARCHAR(NULL)), '') AS category
  FROM "crm"."sales lines"
), prefix AS (
  SELECT COUNT_IF((REGEXP_INSTR(LOWER(invoice_id), '^(c|av)[[:space:]_-]?[0-9]') > 0)) * 2 <= COUNT(invoice_id) AS in_use
  FROM src
), typed AS (
  SELECT line_no, customer_id, ts, DATEDIFF(day, DATE '1970-01-01', CAST(ts AS DATE)) AS day, quantity, unit_price, invoice_id, product, category,
    COALESCE((amount0 < 0 OR quantity < 0 OR (prefix.in_use AND COALESCE((REGEXP_INSTR(LOWER(invoice_id), '^(c|av)[[:space:]_-]?[0-9]') > 0), FALSE))), FALSE) AS is_return,
    amount0
  FROM src CROSS JOIN prefix
  WHERE customer_id IS NOT NULL AND ts IS NOT NULL AND amount0 IS NOT NULL
), signed AS (
  SELECT *, CASE WHEN is_return AND amount0 > 0 THEN -amount0 ELSE amount0 END AS amount,
    (invoice_id IS NOT NULL OR ts <> CAST(CAST(ts AS DATE) AS TIMESTAMP_NTZ)) AS identifiable
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
    DATEDIFF(day, DATE '1970-01-01', CAST(DATEADD(month, -1, DATEADD(day, CAST(as_of_day AS INTEGER), DATE '1970-01-01')) AS DATE)) AS migration_from_day,
    CAST(7 AS DOUBLE) AS unit_days
  FROM given
), contact_rows AS (
  SELECT ROW_NUMBER() OVER (ORDER BY SEQ8()) AS contact_row, NULLIF(TRIM(TO_VARCHAR("customer_id")), '') AS customer_id,
    NULLIF(TRIM(TO_VARCHAR("campaign")), '') AS campaign, NULLIF(TRIM(TO_VARCHAR("group")), '') AS contact_group,
    DATEDIFF(day, DATE '1970-01-01', CAST(TRY_TO_TIMESTAMP_NTZ(TO_VARCHAR("contact_date")) AS DATE)) AS contact_day, NULLIF(TRIM(TO_VARCHAR("channel")), '') AS channel,
    TRY_TO_DOUBLE(TO_VARCHAR(NULL)) AS cost_per_contact, NULLIF(TRIM(TO_VARCHAR(NULL)), '') AS own_converted,
    TRY_TO_DOUBLE(TO_VARCHAR(NULL)) AS own_revenue
  FROM "crm"."campaign_contacts"
), outcomes AS (
  SELECT k.contact_row,
    COALESCE(BOOLOR_AGG(l.day >= k.contact_day AND NOT l.is_return AND l.amount > 0), FALSE) AS converted,
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
  CROSS JOIN (SELECT column1 AS j FROM VALUES (1), (2), (3), (4)) AS js
), positions AS (
  SELECT contact_day, j, FLOOR((n - 1) * j / 5) AS lower,
    (n - 1) * j - FLOOR((n - 1) * j / 5) * 5 AS remainder
  FROM steps
), recency_cuts AS (
  SELECT p.contact_day, MAX(CASE WHEN p.j = 1 THEN TO_VARCHAR(CASE WHEN p.remainder = 0 OR a.recency = b.recency THEN a.recency
      ELSE a.recency + (CAST(p.remainder AS DOUBLE) / 5) * (b.recency - a.recency) END) END) || ';' || MAX(CASE WHEN p.j = 2 THEN TO_VARCHAR(CASE WHEN p.remainder = 0 OR a.recency = b.recency THEN a.recency
      ELSE a.recency + (CAST(p.remainder AS DOUBLE) / 5) * (b.recency - a.recency) END) END) || ';' || MAX(CASE WHEN p.j = 3 THEN TO_VARCHAR(CASE WHEN p.remainder = 0 OR a.recency = b.recency THEN a.recency
      ELSE a.recency + (CAST(p.remainder AS DOUBLE) / 5) * (b.recency - a.recency) END) END) || ';' || MAX(CASE WHEN p.j = 4 THEN TO_VARCHAR(CASE WHEN p.remainder = 0 OR a.recency = b.recency THEN a.recency
      ELSE a.recency + (CAST(p.remainder AS DOUBLE) / 5) * (b.recency - a.recency) END) END) AS cuts
  FROM positions p
  JOIN ranked a ON a.contact_day = p.contact_day AND a.recency_rank = p.lower
  LEFT JOIN ranked b ON b.contact_day = p.contact_day AND b.recency_rank = p.lower + 1
  GROUP BY p.contact_day
), frequency_cuts AS (
  SELECT p.contact_day, MAX(CASE WHEN p.j = 1 THEN TO_VARCHAR(CASE WHEN p.remainder = 0 OR a.frequency = b.frequency THEN a.frequency
      ELSE a.frequency + (CAST(p.remainder AS DOUBLE) / 5) * (b.frequency - a.frequency) END) END) || ';' || MAX(CASE WHEN p.j = 2 THEN TO_VARCHAR(CASE WHEN p.remainder = 0 OR a.frequency = b.frequency THEN a.frequency
      ELSE a.frequency + (CAST(p.remainder AS DOUBLE) / 5) * (b.frequency - a.frequency) END) END) || ';' || MAX(CASE WHEN p.j = 3 THEN TO_VARCHAR(CASE WHEN p.remainder = 0 OR a.frequency = b.frequency THEN a.frequency
      ELSE a.frequency + (CAST(p.remainder AS DOUBLE) / 5) * (b.frequency - a.frequency) END) END) || ';' || MAX(CASE WHEN p.j = 4 THEN TO_VARCHAR(CASE WHEN p.remainder = 0 OR a.frequency = b.frequency THEN a.frequency
      ELSE a.frequency + (CAST(p.remainder AS DOUBLE) / 5) * (b.frequency - a.frequency) END) END) AS cuts
  FROM positions p
  JOIN ranked a ON a.contact_day = p.contact_day AND a.frequency_rank = p.lower
  LEFT JOIN ranked b ON b.contact_day = p.contact_day AND b.frequency_rank = p.lower + 1
  GROUP BY p.contact_day
), monetary_cuts AS (
  SELECT p.contact_day, MAX(CASE WHEN p.j = 1 THEN TO_VARCHAR(CASE WHEN p.remainder = 0 OR a.monetary = b.monetary THEN a.monetary
      ELSE a.monetary + (CAST(p.remainder AS DOUBLE) / 5) * (b.monetary - a.monetary) END) END) || ';' || MAX(CASE WHEN p.j = 2 THEN TO_VARCHAR(CASE WHEN p.remainder = 0 OR a.monetary = b.monetary THEN a.monetary
      ELSE a.monetary + (CAST(p.remainder AS DOUBLE) / 5) * (b.monetary - a.monetary) END) END) || ';' || MAX(CASE WHEN p.j = 3 THEN TO_VARCHAR(CASE WHEN p.remainder = 0 OR a.monetary = b.monetary THEN a.monetary
      ELSE a.monetary + (CAST(p.remainder AS DOUBLE) / 5) * (b.monetary - a.monetary) END) END) || ';' || MAX(CASE WHEN p.j = 4 THEN TO_VARCHAR(CASE WHEN p.remainder = 0 OR a.monetary = b.monetary THEN a.monetary
      ELSE a.monetary + (CAST(p.remainder AS DOUBLE) / 5) * (b.monetary - a.monetary) END) END) AS cuts
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
SELECT k.customer_id, k.campaign, k.contact_group, DATEADD(day, CAST(k.contact_day AS INTEGER), DATE '1970-01-01') AS contact_day,
  k.channel, k.cost_per_contact, k.own_converted, k.own_revenue, 30 AS conversion_window,
  o.converted, o.window_revenue, DATEADD(day, CAST(o.pre_last_purchase_day AS INTEGER), DATE '1970-01-01') AS pre_last_purchase_day,
  o.pre_orders, o.pre_revenue, o.pre_purchase_days,
  x.recency_cuts, x.frequency_cuts, x.monetary_cuts, DATEADD(day, CAST(x.first_data_day AS INTEGER), DATE '1970-01-01') AS first_data_day
FROM contact_rows k JOIN outcomes o ON o.contact_row = k.contact_row
LEFT JOIN day_cuts x ON x.contact_day = k.contact_day
ORDER BY k.contact_row;
