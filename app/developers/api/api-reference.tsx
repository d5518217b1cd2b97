"use client";

import Script from "next/script";
import { useEffect, useRef, useState } from "react";

type TSwaggerUi = (options: Record<string, unknown>) => unknown;
declare global {
  interface Window {
    SwaggerUIBundle?: TSwaggerUi;
  }
}

const ASSETS = "/developers/api/assets";

export function ApiReference({ specUrl, loadingLabel }: Readonly<{ specUrl: string; loadingLabel: string }>) {
  const target = useRef<HTMLDivElement>(null);
  const [isLoaded, setLoaded] = useState(false);
  useEffect(() => {
    if (!isLoaded || !target.current || !window.SwaggerUIBundle) return;
    window.SwaggerUIBundle({
      url: specUrl,
      domNode: target.current,
      deepLinking: true,
      docExpansion: "list",
      defaultModelsExpandDepth: 0,
      persistAuthorization: false,
    });
  }, [isLoaded, specUrl]);
  return (
    <>
      <link rel="stylesheet" href={`${ASSETS}/swagger-ui.css`} />
      <Script
        src={`${ASSETS}/swagger-ui-bundle.js`}
        strategy="afterInteractive"
        onReady={() => setLoaded(true)}
      />
      <div ref={target} data-testid="api-reference" className="rounded-lg border border-slate-200 bg-white">
        {isLoaded ? null : <p className="p-4 text-sm text-slate-600">{loadingLabel}</p>}
      </div>
    </>
  );
}
