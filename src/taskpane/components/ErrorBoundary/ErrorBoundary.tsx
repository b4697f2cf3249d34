import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";

type ErrorBoundaryProps = {
  readonly children: React.ReactNode;
  /** Changing it clears a caught error (e.g. the user moved to another step). */
  readonly resetKey?: string;
};

type ErrorBoundaryState = { readonly failed: boolean; readonly resetKey?: string };

/**
 * Catches a render error below it and shows a message with a way out instead of a white pane.
 * The error is reported to the console for diagnostics; the user's data is never touched by
 * rendering, so the message can say so.
 */
export class ErrorBoundary extends React.Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState
  ): Partial<ErrorBoundaryState> | null {
    return props.resetKey !== state.resetKey ? { failed: false, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: React.ErrorInfo): void {
    console.error("Pane render error", error, info.componentStack);
  }

  override render(): React.ReactNode {
    return this.state.failed ? <PaneFailure /> : this.props.children;
  }
}

function PaneFailure(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("pane:errors.boundaryTitle")}</MessageBarTitle>
        {t("pane:errors.boundaryMessage")}
      </MessageBarBody>
      <Button size="small" onClick={() => window.location.reload()}>
        {t("pane:errors.reload")}
      </Button>
    </MessageBar>
  );
}
