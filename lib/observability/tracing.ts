/**
 * OpenTelemetry tracing, on only when an OTLP endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT). The exporter reads the other standard OTEL_EXPORTER_OTLP_*
 * variables (headers, timeout, compression) itself; service name and resource attributes come from
 * OTEL_SERVICE_NAME / OTEL_RESOURCE_ATTRIBUTES, sampling from OTEL_TRACES_SAMPLER(_ARG). Next.js
 * creates the request and rendering spans once a global tracer provider is registered.
 */
import { context, propagation, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  type Sampler,
  TraceIdRatioBasedSampler,
  TracerProvider,
} from "@opentelemetry/sdk-trace";
import type { TServerEnv } from "@/lib/env";

/** The sampler named by OTEL_TRACES_SAMPLER (the spec's names), with OTEL_TRACES_SAMPLER_ARG as ratio. */
export function samplerFor(name: TServerEnv["OTEL_TRACES_SAMPLER"], ratio: number): Sampler {
  const root = name.endsWith("always_off")
    ? new AlwaysOffSampler()
    : name.endsWith("traceidratio")
      ? new TraceIdRatioBasedSampler(ratio)
      : new AlwaysOnSampler();
  return name.startsWith("parentbased_") ? new ParentBasedSampler({ root }) : root;
}

/** Registers the global tracer provider; returns a function that flushes and stops it. */
export function startTracing(e: TServerEnv): () => Promise<void> {
  const resource = resourceFromAttributes({ "service.name": e.OTEL_SERVICE_NAME }).merge(
    detectResources({ detectors: [envDetector] }),
  );
  const provider = new TracerProvider({
    resource,
    sampler: samplerFor(e.OTEL_TRACES_SAMPLER, e.OTEL_TRACES_SAMPLER_ARG),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter() })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(
    new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }),
  );
  trace.setGlobalTracerProvider(provider);
  return () => provider.shutdown();
}
