/**
 * Errors the fake throws, shaped like OfficeExtension.Error: a `code` from Office's own list
 * (Excel.ErrorCodes) and a message, so src/excel classifies them the way it will in Excel.
 */
export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidArgument"
  | "InvalidOperation"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ApiNotFound"
  | "GeneralException"
  | "FormulaLengthExceedsLimit"
  | "EmptyChartSeries"
  | "InvalidOperationInCellEditMode"
  | "InactiveWorkbook";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

export function invalidArgument(message: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", message);
}
