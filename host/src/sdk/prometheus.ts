/**
 * usePrometheusPoll and PrometheusEndpoint, as the console's SDK 4.22 has
 * them: the query goes to `/api/prometheus/<endpoint>` (the console's Thanos
 * querier proxy; with a namespace, `/api/prometheus-tenancy/...&namespace=`),
 * polled every `delay` ms (default 15 s), and the hook returns
 * `[response, loaded, error]`. A range query spans [endTime - timespan,
 * endTime] (default now and 1 h) in `samples` steps (default 60).
 */
import { useEffect, useState } from 'react';
import type { PrometheusPollProps, PrometheusResponse } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './console-fetch';

// Values of the SDK's `PrometheusEndpoint` enum (the plugin imports it at runtime from the host).
export enum PrometheusEndpoint {
  LABEL = 'api/v1/label',
  QUERY = 'api/v1/query',
  QUERY_RANGE = 'api/v1/query_range',
  RULES = 'api/v1/rules',
  TARGETS = 'api/v1/targets',
}

const DEFAULT_DELAY_MS = 15_000;
const DEFAULT_SAMPLES = 60;
const DEFAULT_TIMESPAN_MS = 60 * 60 * 1000;

/** The URL the console would call; undefined when there is no query (no polling then). */
export const prometheusURL = (props: PrometheusPollProps, now: number): string | undefined => {
  if (!props.query) return undefined;
  const params = new URLSearchParams();
  params.set('query', props.query);
  if (props.endpoint === PrometheusEndpoint.QUERY_RANGE) {
    const end = props.endTime ?? now;
    const timespan = props.timespan ?? DEFAULT_TIMESPAN_MS;
    const samples = props.samples ?? DEFAULT_SAMPLES;
    params.set('start', String((end - timespan) / 1000));
    params.set('end', String(end / 1000));
    params.set('step', String(timespan / samples / 1000));
  }
  if (props.namespace) params.set('namespace', props.namespace);
  if (props.timeout) params.set('timeout', props.timeout);
  const base = props.customDataSource?.basePath ?? (props.namespace ? '/api/prometheus-tenancy' : '/api/prometheus');
  return `${base}/${props.endpoint}?${params.toString()}`;
};

export const usePrometheusPoll = (props: PrometheusPollProps): [PrometheusResponse | undefined, boolean, unknown] => {
  const { endpoint, query, endTime, samples, timespan, namespace, timeout, delay } = props;
  const basePath = props.customDataSource?.basePath;
  const key = JSON.stringify([endpoint, query, endTime, samples, timespan, namespace, timeout, basePath]);
  const [state, setState] = useState<{ key: string; response?: PrometheusResponse; error?: unknown }>({ key });

  useEffect(() => {
    if (!query) return undefined;
    let live = true;
    let timer: number | undefined;
    const controller = new AbortController();
    const poll = async () => {
      const url = prometheusURL({ endpoint, query, endTime, samples, timespan, namespace, timeout, customDataSource: props.customDataSource }, Date.now());
      try {
        const response = (await consoleFetchJSON(url, 'GET', { signal: controller.signal })) as PrometheusResponse;
        if (live) setState({ key, response });
      } catch (error) {
        // Keep the last good answer next to the error, as the console's poll does.
        if (live) setState((s) => ({ key, response: s.key === key ? s.response : undefined, error }));
      }
      if (live) timer = window.setTimeout(() => void poll(), delay ?? DEFAULT_DELAY_MS);
    };
    void poll();
    return () => {
      live = false;
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps

  const current = state.key === key ? state : { key };
  return [current.response, current.response !== undefined || current.error !== undefined, current.error];
};
