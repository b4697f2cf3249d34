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
), before AS (
  SELECT lines.* FROM lines CROSS JOIN settings WHERE day < as_of_day
), rfm AS (
  SELECT customer_id, MIN(line_no) AS first_line_no, MIN(day) AS first_line_day,
    MIN(CASE WHEN NOT is_return THEN day END) AS first_purchase_day,
    MAX(CASE WHEN NOT is_return THEN day END) AS last_purchase_day,
    SUM(amount) AS revenue,
    MAX(CASE WHEN NOT is_return AND day < migration_from_day THEN day END) AS prev_last_purchase_day,
    COALESCE(SUM(CASE WHEN day < migration_from_day THEN amount END), 0) AS prev_revenue,
    MIN(CASE WHEN day < migration_from_day THEN day END) AS prev_first_line_day
  FROM before CROSS JOIN settings GROUP BY customer_id
), occasions AS (
  -- RFM occasions (features.ts): an invoice id of purchase lines, or a day of those without one
  SELECT customer_id, MIN(day) AS first_day FROM before WHERE NOT is_return
  GROUP BY customer_id, invoice_id, CASE WHEN invoice_id IS NULL THEN day END
), orders AS (
  SELECT customer_id, COUNT(*) AS orders,
    COUNT(CASE WHEN first_day < migration_from_day THEN 1 END) AS prev_orders
  FROM occasions CROSS JOIN settings GROUP BY customer_id
), occasion_days AS (
  -- BG/NBD occasions: calendar days with a purchase line, valued at the day's net amount
  SELECT customer_id, day, SUM(amount) AS value FROM before
  GROUP BY customer_id, day HAVING BOOLOR_AGG(NOT is_return)
), ltv AS (
  -- the first occasion is the first purchase day; the repeat occasions are the days after it
  SELECT o.customer_id, COUNT(*) AS purchase_days,
    COUNT(CASE WHEN o.day > r.first_purchase_day AND o.day <= calibration_end_day THEN 1 END) AS frequency,
    MAX(CASE WHEN o.day <= calibration_end_day THEN o.day END) AS last_day,
    SUM(CASE WHEN o.day > r.first_purchase_day AND o.day <= calibration_end_day THEN o.value END) AS repeat_value,
    COUNT(CASE WHEN o.day > r.first_purchase_day AND o.day > calibration_end_day THEN 1 END) AS holdout_frequency,
    COALESCE(SUM(CASE WHEN o.day > r.first_purchase_day AND o.day > calibration_end_day THEN o.value END), 0) AS holdout_value
  FROM occasion_days o JOIN rfm r ON r.customer_id = o.customer_id CROSS JOIN settings
  GROUP BY o.customer_id
)
SELECT rfm.customer_id, DATEADD(day, CAST(as_of_day AS INTEGER), DATE '1970-01-01') AS as_of,
  DATEADD(day, CAST(first_line_day AS INTEGER), DATE '1970-01-01') AS first_line_day,
  DATEADD(day, CAST(first_purchase_day AS INTEGER), DATE '1970-01-01') AS first_purchase_day,
  DATEADD(day, CAST(last_purchase_day AS INTEGER), DATE '1970-01-01') AS last_purchase_day,
  COALESCE(orders.orders, 0) AS orders, COALESCE(purchase_days, 0) AS purchase_days, revenue,
  DATEADD(day, CAST(migration_from_day AS INTEGER), DATE '1970-01-01') AS migration_from,
  DATEADD(day, CAST(prev_last_purchase_day AS INTEGER), DATE '1970-01-01') AS prev_last_purchase_day,
  COALESCE(prev_orders, 0) AS prev_orders, prev_revenue,
  DATEADD(day, CAST(prev_first_line_day AS INTEGER), DATE '1970-01-01') AS prev_first_line_day,
  DATEADD(day, CAST(calibration_end_day AS INTEGER), DATE '1970-01-01') AS calibration_end, 'week' AS time_unit,
  CASE WHEN first_purchase_day <= calibration_end_day THEN frequency END AS frequency,
  CASE WHEN first_purchase_day <= calibration_end_day THEN (last_day - first_purchase_day) / unit_days END AS recency,
  CASE WHEN first_purchase_day <= calibration_end_day THEN (calibration_end_day - first_purchase_day) / unit_days END AS "T",
  CASE WHEN first_purchase_day <= calibration_end_day THEN
    CASE WHEN frequency > 0 THEN ((FLOOR((repeat_value) * CAST(1000000 AS DOUBLE)) + CASE WHEN (repeat_value) * CAST(1000000 AS DOUBLE) - FLOOR((repeat_value) * CAST(1000000 AS DOUBLE)) >= 0.5 THEN 1 ELSE 0 END) / CAST(1000000 AS DOUBLE)) / frequency ELSE 0 END END AS monetary_value,
  CASE WHEN first_purchase_day <= calibration_end_day THEN holdout_frequency END AS holdout_frequency,
  CASE WHEN first_purchase_day <= calibration_end_day THEN ((FLOOR((holdout_value) * CAST(1000000 AS DOUBLE)) + CASE WHEN (holdout_value) * CAST(1000000 AS DOUBLE) - FLOOR((holdout_value) * CAST(1000000 AS DOUBLE)) >= 0.5 THEN 1 ELSE 0 END) / CAST(1000000 AS DOUBLE)) END AS holdout_value
FROM rfm CROSS JOIN settings LEFT JOIN ltv ON ltv.customer_id = rfm.customer_id
LEFT JOIN orders ON orders.customer_id = rfm.customer_id
ORDER BY rfm.first_line_no;
