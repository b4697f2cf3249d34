import * as React from "react";

export type ChartBoundaryProps = {
  /** Shown instead of the chart when it fails to load or draw. */
  readonly fallback: React.ReactNode;
  readonly children: React.ReactNode;
};

/**
 * Keeps a chart that fails to load (a lost network chunk) or to draw from taking the pane down:
 * the figures stay readable in the table beside it.
 */
export class ChartBoundary extends React.Component<ChartBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): React.ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
