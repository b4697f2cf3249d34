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
), marks AS (
  SELECT line_no, identifiable AS excluded FROM (
    SELECT line_no, identifiable,
      ROW_NUMBER() OVER (PARTITION BY identifiable, customer_id, ts, amount, invoice_id, quantity, unit_price, day, is_return ORDER BY line_no) AS nth
    FROM kept
  ) numbered WHERE nth > 1
), dated AS (
  SELECT src.*, DATEDIFF(CAST(ts AS DATE), DATE '1970-01-01') AS day, COALESCE(marks.excluded, FALSE) AS is_copy,
    marks.excluded = FALSE AS is_loose_copy
  FROM src LEFT JOIN marks ON marks.line_no = src.line_no
), classified AS (
  SELECT CASE
    WHEN customer_id IS NULL THEN 'missingCustomerId'
    WHEN ts IS NULL THEN 'unreadableDate'
    WHEN amount0 IS NULL THEN 'unreadableAmount'
    WHEN NOT (day >= -25567 AND day < 2932896) THEN 'implausibleDate'
    WHEN day > 19723 THEN 'afterAnalysisDate'
    WHEN ABS(amount0) > 1e12 THEN 'implausibleAmount'
    WHEN LENGTH(customer_id) > 255 THEN 'valueTooLong'
    WHEN is_copy THEN 'duplicateRow'
    WHEN unit_price < 0 THEN 'nonPositivePrice'
    WHEN quantity = 0 THEN 'zeroQuantityLine'
  END AS reason,
  CASE
    WHEN (amount0 < 0 OR quantity < 0 OR (prefix.in_use AND (LOWER(invoice_id) RLIKE '^(c|av)[\\s_-]?[0-9]') IS TRUE)) IS TRUE THEN 'returnNetted'
    WHEN is_loose_copy THEN 'possibleDuplicate'
    WHEN amount0 = 0 THEN 'zeroAmount'
  END AS flag
  FROM dated CROSS JOIN prefix
)
SELECT reason, flag, COUNT(*) AS lines FROM (
  SELECT reason, CASE WHEN reason IS NULL THEN flag END AS flag FROM classified
) accounted GROUP BY reason, flag;
