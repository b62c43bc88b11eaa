// Chooses a view's layout among candidates (nested or bundled groups, flowing right or down, labels
// on their edges or numbered) by the readability measures, and falls back to simpler layouts when
// ELK fails or runs past the time budget, with a warning naming the view.
import type { ReadabilityMeasure, ViewGraph } from '@gea-arch/core';
import { edgeLabelText } from '../chrome/findings.js';
import { measureReadability, READABILITY_LIMITS, readabilityExcesses, readabilityPenalty } from '../quality/readability.js';
import { attachGraph, type LayoutGeometry } from './layout-geometry.js';
import type { LayoutPlan } from './layout-view.js';
import { SMALL_VIEW_NODES } from './elk-options.js';
import { findHub } from './hub-sides.js';
import { resolveGroupTree } from './group-tree.js';

/**
 * Past this, no further candidate is tried (a single ELK run cannot be stopped in its thread).
 * Far above what any candidate set takes (the example's slowest view: 10 s on a loaded 2-core
 * machine), so that the choice never depends on the machine's speed, only on the graph.
 */
export const LAYOUT_BUDGET_MS = 60_000;

/**
 * A view with more edges than this is drawn as a plain grid, without ELK. On the 300-agency bench
 * model with its exchange platform's file missing, every agency exchanges straight with the others:
 * the landscapes of agencies have 12 000 to 13 500 edges, and ELK ran its thread out of memory
 * (the build stopped after four minutes at 9 GB) rather than failing. One ELK run on 1 000 of
 * those edges took 5 s, on 2 000 21 s and 0.9 GB; the largest view of the intact model has 735.
 */
export const ELK_EDGES_MAX = 2000;

/**
 * Views with more nodes and edges than this try only the nested candidates: a bundled layout
 * runs ELK once per group, and on the example's larger views it never won.
 */
export const BUNDLED_CANDIDATES_MAX = 40;

/** Fewer labelled edges than this always stay inline: a key for two or three labels is not worth it. */
const NUMBERED_LABELS_MIN = 4;

/** Down first: on the example's views it is within the limits twice as often as right. */
const DIRECTIONS = ['DOWN', 'RIGHT'] as const;

/**
 * Views of more nodes than this flow right only. Their long layers (a hub's neighbours, an agency's
 * systems) are rows when drawn down and columns when drawn right, and a node is wider than it is
 * tall: a long layer takes less of the page as a column. On the bench models at S, M and L and the
 * example, none of the 677 views of more than 50 nodes was drawn down, and its down layouts were a
 * third of their layout time (decision 0022, fortieth round).
 */
export const RIGHT_ONLY_ABOVE_NODES = SMALL_VIEW_NODES;

/** The directions `graph` is laid out in, in the order they are tried. */
function directionsOf(graph: ViewGraph): readonly LayoutPlan['direction'][] {
  return graph.nodes.length > RIGHT_ONLY_ABOVE_NODES ? ['RIGHT'] : DIRECTIONS;
}

export function planName(plan: LayoutPlan): string {
  const seed = plan.randomSeed !== undefined ? `-seed${plan.randomSeed}` : '';
  const compact = plan.compact ? '-compact' : '';
  const hub = plan.hub ? (plan.wideHub ? '-widehub' : '-hub') : '';
  const oneWay = plan.oneWay ? '-oneway' : '';
  const thorough = plan.thorough ? '-thorough' : '';
  return `${plan.hierarchy}-${plan.direction}-${plan.labels}${plan.seeded ? '-seeded' : ''}${hub}${oneWay}${thorough}${seed}${compact}`;
}

/** The inline candidates for `graph`, in the order they are tried (and win ties). */
export function candidatePlans(graph: ViewGraph): LayoutPlan[] {
  const bundled = graph.groups.length > 0 && graph.nodes.length + graph.edges.length <= BUNDLED_CANDIDATES_MAX;
  // Around a hub first: without it the nodes around the hub make one long layer.
  const hub = findHub(graph, resolveGroupTree(graph)) !== undefined;
  const directions = directionsOf(graph);
  const plans: LayoutPlan[] = hub ? directions.map((direction) => ({ hierarchy: 'nested', direction, labels: 'inline', hub })) : [];
  plans.push(...directions.map((direction): LayoutPlan => ({ hierarchy: 'nested', direction, labels: 'inline' })));
  if (bundled) plans.push(...directions.map((direction): LayoutPlan => ({ hierarchy: 'bundled', direction, labels: 'inline' })));
  return plans;
}

/** What a cheaper layout uses when every candidate failed: one ELK run with numbered labels, then no ELK at all. */
const FALLBACK_PLAN: LayoutPlan = { hierarchy: 'bundled', direction: 'RIGHT', labels: 'numbered' };

/**
 * A view whose first layout has more crossings per edge than this many times the limit is too
 * tangled for another arrangement to bring within it (the example's landscapes: 1 to 1.3 per
 * edge whatever the candidate, random graphs of 60 nodes: 5); it tries only the other direction,
 * and numbered labels once.
 */
const TANGLED = 1.5;

interface Scored {
  readonly plan: LayoutPlan;
  readonly geometry: LayoutGeometry;
  readonly problems: number;
  readonly penalty: number;
  readonly tangled: boolean;
  /** Over a limit, and only on crossings or bends: what another order of nodes within layers may fix. */
  readonly orderAlone: boolean;
  /** Over on crossings or bends, perhaps among others: what another order of nodes within layers may bring down. */
  readonly overOnOrder: boolean;
  /** The smallest text at A3 as a share of its limit (above 1 when within). */
  readonly textShare: number;
  /** Over a limit, and only on the size of its text at A3: what less room between things may fix. */
  readonly sizeAlone: boolean;
  /** Over a limit, and only on its shape: what another arrangement around a hub may fix. */
  readonly shapeAlone: boolean;
}

/** The measures a different order of nodes within layers can bring a view within. */
const ORDER_MEASURES: ReadonlySet<ReadabilityMeasure> = new Set(['crossingsPerEdge', 'bendsPerEdge']);

/**
 * Seeds tried last for a view over on crossings or bends alone. ELK's crossing minimisation
 * starts from a random order; on the example's views another start moves crossings per edge by
 * up to a half either way (the civil registry's target landscape: 0.50 to 0.88 over seeds 2 to 8).
 */
const RANDOM_SEEDS = [2, 3, 4, 5, 6];

/**
 * Lays `graph` out with the candidates in order until one is within every readability limit:
 * first with labels inline, then (for a view with several labels) numbered; keeps the first
 * within the limits, else the best (fewest limits exceeded, then lowest penalty, then the earlier one).
 * A candidate that cannot help is not tried: a direction clearly worse in the first two layouts,
 * a seeded order for a view far too large for A3 (at national scale that halves the layouts'
 * time, for ~2 % more penalty). Deterministic: which candidates are tried depends only on the
 * graph, unless one fails or the budget runs out.
 */
export async function chooseLayout(
  graph: ViewGraph,
  layoutWith: (plan: LayoutPlan) => Promise<LayoutGeometry>,
  grid: () => LayoutGeometry,
  now: () => number = () => performance.now(),
): Promise<LayoutGeometry> {
  if (graph.edges.length > ELK_EDGES_MAX) {
    const drawn = grid();
    const warning = `view '${graph.id}': ${graph.edges.length} edges, more than a layout is tried for (${ELK_EDGES_MAX}); drawn as a plain grid`;
    return { ...drawn, warnings: [...(drawn.warnings ?? []), warning] };
  }
  const start = now();
  const warnings: string[] = [];
  const scored: Scored[] = [];
  let outOfTime = false;
  const tryPlans = async (plans: readonly LayoutPlan[]): Promise<void> => {
    for (const plan of plans) {
      if (scored.some((candidate) => candidate.problems === 0)) return;
      if (now() - start > LAYOUT_BUDGET_MS) {
        outOfTime = true;
        return;
      }
      try {
        const geometry = await layoutWith(plan);
        const measures = measureReadability(attachGraph(graph, geometry));
        const over = readabilityExcesses(measures).map((excess) => excess.measure);
        const overOnly = (accepted: (measure: ReadabilityMeasure) => boolean): boolean => over.length > 0 && over.every(accepted);
        scored.push({
          plan,
          geometry,
          problems: over.length,
          orderAlone: overOnly((measure) => ORDER_MEASURES.has(measure)),
          overOnOrder: over.some((measure) => ORDER_MEASURES.has(measure)),
          textShare: measures.smallestTextAtA3 / READABILITY_LIMITS.smallestTextAtA3,
          sizeAlone: overOnly((measure) => measure === 'smallestTextAtA3'),
          shapeAlone: overOnly((measure) => measure === 'aspect'),
          penalty: readabilityPenalty(measures),
          tangled: measures.crossingsPerEdge > TANGLED * READABILITY_LIMITS.crossingsPerEdge,
        });
      } catch (error) {
        warnings.push(`view '${graph.id}': layout ${planName(plan)} failed (${reason(error)})`);
      }
    }
  };
  const [first, ...others] = candidatePlans(graph);
  await tryPlans([first!]);
  const tangled = scored[0]?.tangled === true;
  const [second, ...rest] = tangled ? others.filter((plan) => plan.hierarchy === 'nested') : others;
  if (second) await tryPlans([second]);
  const direction = clearDirection(scored);
  await tryPlans(direction ? rest.filter((plan) => plan.direction === direction) : rest);
  // Numbered labels, in the direction of the best nested layout so far, when labels may be what is in the way.
  const labelled = graph.edges.filter((edge) => edgeLabelText(edge) !== undefined).length;
  const bestNested = best(scored.filter((candidate) => candidate.plan.hierarchy === 'nested'));
  if (labelled >= NUMBERED_LABELS_MIN && bestNested) await tryPlans([{ ...bestNested.plan, labels: 'numbered' }]);
  // Groups cost crossings: the best nested layout again, its order seeded from a layout without
  // groups; not for a view far too large for A3 whose crossings and bends are within their limits.
  const bestSoFar = best(scored.filter((candidate) => candidate.plan.hierarchy === 'nested'));
  if (graph.groups.length > 0 && bestSoFar && !beyondReorder(best(scored)!)) await tryPlans([{ ...bestSoFar.plan, seeded: true }]);
  // Over on crossings or bends alone: the best again, ELK's ordering started from other shuffles.
  const bestYet = best(scored);
  if (bestYet?.orderAlone) {
    // Without the hub's bands and the seeded order, which pin the order the shuffle would change.
    const { direction, labels } = bestYet.plan;
    await tryPlans(RANDOM_SEEDS.map((randomSeed): LayoutPlan => ({ hierarchy: 'nested', direction, labels, randomSeed })));
  }
  // Still over on crossings or bends alone: edges between parts laid out one way, ordered harder.
  const ordered = best(scored);
  if (ordered?.orderAlone && ordered.plan.hierarchy === 'nested') {
    const { direction } = ordered.plan;
    const labelsToTry = labelled >= NUMBERED_LABELS_MIN ? (['inline', 'numbered'] as const) : (['inline'] as const);
    await tryPlans(labelsToTry.map((labels): LayoutPlan => ({ hierarchy: 'nested', direction, labels, oneWay: true, thorough: true })));
  }
  // Around a hub and over on its shape alone: each side in two layers, both ways.
  const shaped = best(scored);
  if (shaped?.shapeAlone && findHub(graph, resolveGroupTree(graph)) !== undefined) {
    const { labels } = shaped.plan;
    await tryPlans(
      directionsOf(graph).map((direction): LayoutPlan => ({ hierarchy: 'nested', direction, labels, hub: true, wideHub: true })),
    );
  }
  // Too large for its text on A3 alone: the best again, with less room between things.
  const largest = best(scored);
  if (largest?.sizeAlone && largest.plan.hierarchy === 'nested') await tryPlans([{ ...largest.plan, compact: true }]);
  if (outOfTime) {
    const seconds = Math.round(LAYOUT_BUDGET_MS / 1000);
    warnings.push(`view '${graph.id}': layout took over ${seconds} s; kept the best of the ${scored.length} layouts made by then`);
  }

  const chosen = best(scored)?.geometry ?? (await fallback(graph, layoutWith, grid, warnings));
  return warnings.length > 0 ? { ...chosen, warnings: [...(chosen.warnings ?? []), ...warnings] } : chosen;
}

/**
 * A direction whose first layout has at least this many times the other's penalty, both over a
 * limit, is not tried again: on the agency views of the 300-agency bench model (about 90 nodes,
 * too large for A3 either way) down had 1.7 to 2.9 times the penalty of right, and no later
 * layout going down ever won.
 */
const WORSE_DIRECTION = 1.5;

/** The direction the rest of the search keeps to, once the first two layouts went both ways and both are over. */
function clearDirection(scored: readonly Scored[]): LayoutPlan['direction'] | undefined {
  const [a, b] = scored;
  if (!a || !b || a.plan.direction === b.plan.direction || a.problems === 0 || b.problems === 0) return undefined;
  if (a.penalty >= WORSE_DIRECTION * b.penalty) return b.plan.direction;
  if (b.penalty >= WORSE_DIRECTION * a.penalty) return a.plan.direction;
  return undefined;
}

/**
 * Another order of the same nodes moves the text at A3 by a few per cent (the example's folded
 * integration view of ХУР: 5.52 to 5.74 pt, then within the limit once compact); a view whose
 * text is under this share of the limit stays over it whatever the order.
 */
const REORDER_TEXT_REACH = 0.75;

/** Nothing another order of nodes could bring within a limit: crossings and bends within theirs, the text far too small. */
function beyondReorder(candidate: Scored): boolean {
  return !candidate.overOnOrder && candidate.textShare < REORDER_TEXT_REACH;
}

/** Fewest limits exceeded, then lowest penalty, then the earliest tried. */
function best(scored: readonly Scored[]): Scored | undefined {
  return scored.reduce<Scored | undefined>(
    (kept, candidate) =>
      kept === undefined || candidate.problems < kept.problems || (candidate.problems === kept.problems && candidate.penalty < kept.penalty)
        ? candidate
        : kept,
    undefined,
  );
}

async function fallback(
  graph: ViewGraph,
  layoutWith: (plan: LayoutPlan) => Promise<LayoutGeometry>,
  grid: () => LayoutGeometry,
  warnings: string[],
): Promise<LayoutGeometry> {
  try {
    const geometry = await layoutWith(FALLBACK_PLAN);
    warnings.push(`view '${graph.id}': drawn with the simpler layout ${planName(FALLBACK_PLAN)}`);
    return geometry;
  } catch (error) {
    warnings.push(`view '${graph.id}': layout ${planName(FALLBACK_PLAN)} failed (${reason(error)}); drawn as a plain grid`);
    return grid();
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
