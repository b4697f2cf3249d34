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
), marks AS (
  SELECT line_no, identifiable AS excluded FROM (
    SELECT line_no, identifiable,
      ROW_NUMBER() OVER (PARTITION BY identifiable, customer_id, ts, amount, invoice_id, quantity, unit_price, day, is_return ORDER BY line_no) AS nth
    FROM kept
  ) numbered WHERE nth > 1
), dated AS (
  SELECT src.*, DATEDIFF(day, DATE '1970-01-01', CAST(ts AS DATE)) AS day, COALESCE(marks.excluded, FALSE) AS is_copy,
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
    WHEN COALESCE((amount0 < 0 OR quantity < 0 OR (prefix.in_use AND COALESCE((REGEXP_INSTR(LOWER(invoice_id), '^(c|av)[[:space:]_-]?[0-9]') > 0), FALSE))), FALSE) THEN 'returnNetted'
    WHEN is_loose_copy THEN 'possibleDuplicate'
    WHEN amount0 = 0 THEN 'zeroAmount'
  END AS flag
  FROM dated CROSS JOIN prefix
)
SELECT reason, flag, COUNT(*) AS lines FROM (
  SELECT reason, CASE WHEN reason IS NULL THEN flag END AS flag FROM classified
) accounted GROUP BY reason, flag;
