/**
 * Every default of the self-hosting engine, in one place, with why. One set of values serves every model, GPU and
 * request shape: none is tuned to a single calibration row (see docs/self-hosting.md for the checks against
 * published measurements).
 */
export const SELFHOST_DEFAULTS = {
  /**
   * Sequences one replica runs at once when memory allows more: vLLM V1's default max_num_seqs on data-centre GPUs
   * (>= 70 GiB: 1,024; vllm/engine/arg_utils.py) and the 1,024 concurrent requests of TensorRT-LLM's published
   * DeepSeek-R1 8 x H200 run. TensorRT-LLM's own max_batch_size default is 2,048; the lower, common value is used.
   */
  maxConcurrentRequests: 1024,
  /**
   * Bytes per routed value moved between GPUs in expert parallelism, per token, MoE layer and chosen expert: the
   * hidden vector dispatched in FP8 (1 byte) and combined back in BF16 (2 bytes), as DeepEP and TensorRT-LLM do.
   */
  expertParallelBytesPerValue: 3,
  /**
   * Share of the datasheet memory bandwidth reached by weight streaming and attention (KV-cache) kernels.
   * Streaming copies reach ~85-90% of HBM peak on A100/H100; paged-attention kernels somewhat less, hence 0.8.
   */
  bandwidthUtilization: 0.8,
  /**
   * Compute speed kept per doubling of tensor parallelism: each GPU's share of a GEMM or attention kernel is G times
   * narrower and reaches a lower share of peak. It applies to the math (GEMMs and attention) only; the all-reduces
   * themselves are charged from the link (step.ts) and weight streaming splits evenly. 0.83 per doubling (0.69 at 4
   * GPUs, 0.57 at 8) is the value at which this model's scaling from 2 to 4 to 8 H100 matches TensorRT-LLM's published
   * Llama-3.1-70B FP8 rows (0.88-0.95 at 2 GPUs, 0.94-0.99 at 4, 0.91-0.98 at 8). Those rows therefore set this value
   * and are not independent checks of it; see docs/self-hosting.md.
   */
  tensorParallelEfficiency: 0.83,
  /**
   * Host-side seconds per engine step that the GPUs wait for: sampling, input preparation and the launch of the
   * step's CUDA/HIP graph. Checked against published figures (issue 21): without overlap the host turnaround is
   * milliseconds (vLLM V0: ~4 ms of GPU idle per decode step, 5-13 ms in the traces of vLLM RFC #6854, 2024-07), which
   * is why the engines now overlap it: SGLang v0.4's zero-overhead scheduler shows no GPU idle time between decode
   * batches in Nsight (lmsys.org blog, 2024-12-04; 1.1x throughput, so ~10% of a step was host time before),
   * TensorRT-LLM's overlap scheduler is on by default, vLLM V1 offers async scheduling. What stays exposed (the
   * sampled tokens' copy back and the next graph's launch) has no published measurement of its own, so 0.3 ms remains
   * an assumption inside that range (0 fully overlapped, ~0.65 ms for a lean engine that does not pipeline, e.g.
   * pegainfer issue #999). The two layer floors below were set from the low-concurrency rows with it, so the split
   * matters only between models of different depth: 1 ms less here is 12.5 us more per layer at C3-A4 (80 layers),
   * which moves a 32-layer model's step by 0.6 ms.
   */
  stepOverheadSeconds: 0.0003,
  /**
   * Seconds per layer and step that a transformer layer's kernels take whatever the batch: ~10-15 kernels per layer
   * (norms, QKV, rotary + KV write, attention, output projection, MLP, residuals) each run a few microseconds at least.
   * Set from calibration-3 row C3-A4 (Llama 3.1 70B FP8 on 8 x MI300X, vLLM, one request: 7.75 ms per output token,
   * of which weight streaming and the all-reduce latencies explain 4.5 ms): 35 us per layer, i.e. ~2.5-3.5 us per
   * kernel. That row is therefore not an independent check of it.
   */
  layerOverheadSeconds: 0.000035,
  /**
   * Further seconds per MoE layer and step for routing and dispatch whatever the batch: router GEMM, top-k, token
   * sort/permute, the grouped expert GEMM launches and the weighted combine (~15-20 more kernels). Set from
   * calibration-3 row C3-I10 (DeepSeek-R1 FP8 on 8 x H200, SGLang TP8, 4 requests: 12.1 ms per output token, of
   * which streaming the reached experts, the all-reduces and the dense layer floor explain 7.7 ms): 75 us per MoE
   * layer. That row is therefore not an independent check of it.
   */
  moeLayerOverheadSeconds: 0.000075,
  /**
   * Speed of decode attention over a quantized (FP8) KV cache relative to a BF16 one, where attention is compute-bound
   * (DeepSeek's absorbed latent attention): the kernel dequantizes each cached value into BF16 before its matrix
   * products. FlashMLA's README (deepseek-ai/FlashMLA, 2025-09-29) gives both on the same H800 SXM5: its dense decoding
   * kernel over a BF16 cache reaches 660 TFLOPS compute-bound, its FP8-cache decoding kernel (BF16 math) 410 TFLOPS:
   * 410 / 660 = 0.62. (The FP8 kernel is the token-sparse one of DeepSeek-V3.2, so its gathers may cost part of the
   * gap; on B200 it reaches 350 TFLOPS, "not really optimized yet", and TensorRT-LLM's own kernels run there.) Not
   * fitted: it moves DeepSeek's long-output rows from 1.10-1.33 to 0.87-1.09 and C3-S12 from 1.57 to 1.27, its short
   * rows from 0.78-1.01 to 0.72-0.95.
   */
  quantizedKvDecodeAttentionSpeed: 410 / 660,
  /** Bytes per activation value in tensor-parallel all-reduces (BF16 activations, as TensorRT-LLM and vLLM reduce). */
  activationBytes: 2,
  /** Share of GPU memory a serving engine lets itself use (vLLM gpu_memory_utilization and TensorRT-LLM's default). */
  usableMemoryShare: 0.9,
  /**
   * Runtime overhead beyond weights and KV cache, as a share of weight bytes: activation workspace, CUDA graphs,
   * communication buffers. EleutherAI "Transformer Math 101" finds total inference memory within ~1.2x the weights
   * (that 20% also covers a short KV cache, which this engine counts explicitly), so half of it: 10%.
   */
  runtimeOverheadShareOfWeights: 0.1,
  /** Fixed runtime overhead per GPU in GB: CUDA context and driver allocations (~0.5-1 GB per process on A100/H100). */
  runtimeOverheadGbPerGpu: 1,
  /**
   * Training model-FLOP utilization (MFU) of dense models against dense BF16 peak. The Llama 2 paper's GPU-hours imply 38-43% on A100
   * (6 x params x tokens); the Llama 3 paper reports 38-43% BF16 MFU for 405B on H100; Megatron-LM/MegaScale report
   * 40-55% on large runs. 0.4 is the published middle.
   */
  trainingMfu: 0.4,
  /**
   * Dense FP8 training MFU against the FP8 peak: NVIDIA's Megatron-Bridge performance summary (25.11 container) gives
   * Llama 3 8B on H100 at 14,451 tokens/s/GPU and Llama 3.1 405B on B200 at 661 tokens/s/GPU with FP8 current
   * scaling: 6 x params x tokens/s over the FP8 dense peak = 0.35 and 0.36 (0.37 is issue 13's figure for FP8 runs).
   * FP8 training keeps parts (attention, norms, optimizer) in BF16, so the share of the doubled peak is lower.
   */
  trainingMfuFp8: 0.37,
  /**
   * Mixture-of-experts training MFU on active parameters against the peak of the training precision, on one node;
   * the multi-GPU term of training-scale.ts comes on top. Published end-to-end runs (6 x active params x tokens/s over
   * the peak): gpt-oss-120b BF16 on 64 H100 0.174 and on 64 B200 0.112, DeepSeek-V3 FP8 on 256 B200 0.106
   * (Megatron-Bridge performance summary, 25.11 container, tokens force-balanced over the experts), DeepSeek-V3 FP8 on
   * 2,048 H800 0.173 (technical report arXiv 2412.19437: 2.664M GPU-hours for 14.8T tokens). These are the "0.10-0.15"
   * issue 13 quoted, and they are end to end: the B200 runs are lower because their exchange over the same 50 GB/s
   * per-GPU network weighs more beside twice the compute, which training-scale.ts charges. 0.15 per node (before)
   * counted that loss twice (C2-M4 1.27, DeepSeek-V3 1.36). At 0.18 per node the four land 0.83-1.14 (median 0.98),
   * so they and C2-M4 set it and are not independent checks.
   */
  trainingMfuMoe: 0.18,
  /**
   * NVFP4 training speed over FP8 on the same GPU. Only the linear layers' GEMMs run in FP4; attention stays FP8/BF16,
   * the last layers BF16, and quantisation (random Hadamard transforms, stochastic rounding) costs time, so the 2x
   * FP4 peak buys little: MLPerf Training v5.1 Llama 3.1 8B on 8 x B200 measured 35.9k tokens/s/GPU in NVFP4 (Nebius)
   * vs 30.1k in FP8 (University of Florida DGX B200), 1.19x; NVIDIA's published NVFP4 recipe reports 1.31x for Llama 3
   * 8B on GB200. 1.2: the MLPerf B200 figure, so calibration-3 rows C3-TR1/C3-TR2 set it and are not independent checks.
   */
  fp4TrainingSpeedupOverFp8: 1.2,
  /** GPUs a training run spans when not given: one 8-GPU node. */
  trainingGpus: 8,
  /** Bytes per parameter a model-parallel group must hold: BF16 weights and gradients (optimizer state sharded). */
  trainingStateBytesPerParam: 4,
  /**
   * Global batch of a training step, tokens: 128 sequences of 8,192 (NVIDIA Megatron-Bridge's published Llama 3
   * pretraining configurations, GBS 128 at sequence 8192). Fixed as GPUs are added, so each GPU's share shrinks.
   */
  trainingGlobalBatchTokens: 1_048_576,
  /** Pipeline microbatches per stage a run keeps at least (Megatron-LM: many more microbatches than stages). */
  trainingMicrobatchesPerStage: 8,
  /** Tokens per training sequence (one pipeline microbatch): 8,192 (the same configurations). */
  trainingSequenceTokens: 8192,
  /**
   * Scale-out bandwidth per GPU between nodes, GB/s per direction: one 400 Gb/s InfiniBand NDR / RoCE NIC per GPU,
   * the HGX/DGX H100, H200 and B200 reference design (8 NICs per 8-GPU node).
   */
  scaleOutGbPerGpu: 50,
  /**
   * Share of the data-parallel gradient and weight exchange hidden behind computation (Megatron overlaps the
   * gradient reduce-scatter with the backward pass and the weight all-gather with the forward pass; PyTorch DDP's
   * bucketed overlap, arXiv 2006.15704, scales near-linearly to 256 GPUs). No published measurement of the exposed
   * share was found, so 0.5 stays an assumption. Checked against Megatron-Bridge's multi-node rows (25.11): the dense
   * ones barely depend on it (Llama 3 70B FP8 on 64 H100 0.99 with nothing hidden, 0.93 with everything hidden; 405B
   * on 1,024 H100 1.09 / 1.08), so they neither confirm nor refute it; the MoE rows on B200 do (gpt-oss-120b on 64
   * B200 1.13 / 0.62), but there it trades against the MoE MFU, so they cannot set it alone.
   */
  trainingCommOverlap: 0.5,
  /** Average load kept at this share of full-load throughput, so that traffic peaks and latency targets are met. */
  utilization: 0.6,
  /** Hours billed per month for an always-on replica (8760 / 12). */
  hoursPerMonth: 730,
  /** Default context held in memory by gpuMemoryGb / gpusPerReplica (a typical chat or RAG request). */
  contextTokens: 4096,
  /** Default number of sequences held at once by gpuMemoryGb / gpusPerReplica. */
  concurrentRequests: 1,
  /** Default request shape for decodeThroughput: 1000 prompt tokens, 1000 output tokens (a TensorRT-LLM benchmark shape). */
  inputTokens: 1000,
  outputTokens: 1000,
  /**
   * Output tokens per request when a monthly volume is turned into requests (fleet cost and break-even). MLPerf
   * Inference's Llama-2-70B data set averages ~290 output tokens per sample, rounded to 300.
   */
  requestOutputTokens: 300,
  /**
   * Longest request (prompt + output) assumed when the input/output ratio is very high: beyond it a higher ratio is
   * read as more requests rather than longer ones. Also the context each replica is sized for. Capped by the model's
   * context window.
   */
  maxRequestTokens: 16384,
  /**
   * LoRA training cost relative to full fine-tuning. FLOPs alone give 4/6 (forward 2N plus activation gradients 2N,
   * no weight gradients for frozen weights), but the LoRA paper (arXiv 2106.09685, section 4.2) measured only a 25%
   * throughput gain on GPT-3 175B, so time is charged at 1/1.25 = 0.8 of full fine-tuning (4.8 x params x tokens).
   */
  loraCostShareOfFull: 0.8,
} as const;

export type SelfhostDefaults = typeof SELFHOST_DEFAULTS;
