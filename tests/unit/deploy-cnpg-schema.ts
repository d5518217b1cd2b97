/**
 * The CloudNativePG / Barman Cloud plugin fields the manifests use, as strict zod schemas (unknown
 * fields fail), transcribed from the CRDs: postgresql.cnpg.io/v1 Cluster and ScheduledBackup
 * (CloudNativePG >= 1.26) and barmancloud.cnpg.io/v1 ObjectStore (plugin-barman-cloud).
 */
import { z } from "zod";

const ZMeta = z.object({
  name: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/),
  namespace: z.string().optional(),
  labels: z.record(z.string(), z.string()).optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});
const ZQuantity = z.union([z.string().regex(/^\d+(\.\d+)?(m|Ki|Mi|Gi|Ti)?$/), z.number()]);
const ZResources = z.strictObject({
  requests: z.partialRecord(z.enum(["cpu", "memory"]), ZQuantity).optional(),
  limits: z.partialRecord(z.enum(["cpu", "memory"]), ZQuantity).optional(),
});
const ZSecretKey = z.strictObject({ name: z.string().min(1), key: z.string().min(1) });

export const ZCnpgCluster = z.strictObject({
  apiVersion: z.literal("postgresql.cnpg.io/v1"),
  kind: z.literal("Cluster"),
  metadata: ZMeta,
  spec: z.strictObject({
    instances: z.number().int().min(1),
    imageName: z.string().min(1).optional(),
    primaryUpdateStrategy: z.enum(["unsupervised", "supervised"]).optional(),
    bootstrap: z
      .strictObject({ initdb: z.strictObject({ database: z.string(), owner: z.string() }) })
      .optional(),
    storage: z.strictObject({ size: ZQuantity, storageClass: z.string().optional() }),
    postgresql: z.strictObject({ parameters: z.record(z.string(), z.string()) }).optional(),
    affinity: z
      .strictObject({
        enablePodAntiAffinity: z.boolean().optional(),
        topologyKey: z.string().optional(),
        podAntiAffinityType: z.enum(["preferred", "required"]).optional(),
      })
      .optional(),
    resources: ZResources.optional(),
    plugins: z
      .array(
        z.strictObject({
          name: z.string(),
          isWALArchiver: z.boolean().optional(),
          enabled: z.boolean().optional(),
          parameters: z.record(z.string(), z.string()).optional(),
        }),
      )
      .optional(),
  }),
});

export const ZCnpgScheduledBackup = z.strictObject({
  apiVersion: z.literal("postgresql.cnpg.io/v1"),
  kind: z.literal("ScheduledBackup"),
  metadata: ZMeta,
  spec: z.strictObject({
    // CloudNativePG's cron format has six fields (seconds first).
    schedule: z.string().refine((s) => s.trim().split(/\s+/).length === 6, "six-field cron (with seconds)"),
    backupOwnerReference: z.enum(["none", "self", "cluster"]).optional(),
    immediate: z.boolean().optional(),
    method: z.enum(["barmanObjectStore", "volumeSnapshot", "plugin"]).optional(),
    pluginConfiguration: z
      .strictObject({ name: z.string(), parameters: z.record(z.string(), z.string()).optional() })
      .optional(),
    cluster: z.strictObject({ name: z.string() }),
  }),
});

const ZCompression = z.strictObject({
  compression: z.enum(["bzip2", "gzip", "lz4", "snappy", "xz", "zstd"]).optional(),
});

export const ZBarmanObjectStore = z.strictObject({
  apiVersion: z.literal("barmancloud.cnpg.io/v1"),
  kind: z.literal("ObjectStore"),
  metadata: ZMeta,
  spec: z.strictObject({
    retentionPolicy: z
      .string()
      .regex(/^[1-9][0-9]*[dwm]$/)
      .optional(),
    configuration: z.strictObject({
      destinationPath: z.string().regex(/^(s3|gs|https?):\/\//),
      endpointURL: z.url().optional(),
      s3Credentials: z.strictObject({ accessKeyId: ZSecretKey, secretAccessKey: ZSecretKey }).optional(),
      wal: ZCompression.optional(),
      data: ZCompression.optional(),
    }),
  }),
});
