import { expose } from "comlink";
import { analysisApi } from "./analysisApi";

// The worker's whole job: serve the analysis API to the pane's thread.
expose(analysisApi);
