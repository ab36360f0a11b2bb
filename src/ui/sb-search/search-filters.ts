import { msg } from "@lit/localize";
import { html } from "lit";
import { kindLabel } from "../../app/citation-labels.ts";
import type { SearchFilters } from "../../app/search-api.ts";
import type { CatalogEntry } from "../../core/schema/catalog.ts";
import type { SearchFacets } from "../../core/search/passage-search.ts";

export type Facets = SearchFacets;

/** What the trainer chose in the filters. */
export interface FilterChoice {
  sources: ReadonlySet<string>;
  /** A catalog kind, or "" for every kind. */
  kind: string;
  yearFrom: number;
  yearTo: number;
}

/** Every source, kind and year. */
export function everything(facets: Facets): FilterChoice {
  return { sources: new Set(facets.sources.map((s) => s.id)), kind: "", yearFrom: facets.years[0] ?? 0, yearTo: facets.years.at(-1) ?? 0 };
}

/** The filters that narrow anything (none when every source, kind and year is chosen). */
export function searchFilters(choice: FilterChoice, facets: Facets): SearchFilters {
  const filters: SearchFilters = {};
  if (choice.sources.size < facets.sources.length) filters.sourceIds = [...choice.sources];
  if (choice.kind) filters.kinds = [choice.kind];
  if (choice.yearFrom > (facets.years[0] ?? 0) || choice.yearTo < (facets.years.at(-1) ?? 0))
    filters.years = [choice.yearFrom, choice.yearTo];
  return filters;
}

/** The filter panel: a checkbox per source, a kind, a range of years; `open` says whether it starts unfolded. */
export function filtersTemplate(facets: Facets, choice: FilterChoice, open: boolean, change: (choice: FilterChoice) => void) {
  const inUse = Object.keys(searchFilters(choice, facets)).length > 0;
  const toggle = (id: string, on: boolean) => {
    const sources = new Set(choice.sources);
    if (on) sources.add(id);
    else sources.delete(id);
    change({ ...choice, sources });
  };
  const setYear = (bound: "from" | "to", year: number) =>
    // Keep the range the right way round: moving one end past the other moves both.
    change(
      bound === "from"
        ? { ...choice, yearFrom: year, yearTo: Math.max(year, choice.yearTo) }
        : { ...choice, yearFrom: Math.min(year, choice.yearFrom), yearTo: year },
    );
  const yearOptions = (selected: number) =>
    facets.years.map((y) => html`<option .value=${String(y)} ?selected=${y === selected}>${y}</option>`);
  return html`
    <details class="filters" part="filters" ?open=${open}>
      <summary>${msg("Filters")}${inUse ? html` <span class="in-use">${msg("(in use)")}</span>` : ""}</summary>
      <div class="filter-body">
        <fieldset>
          <legend>${msg("Sources")}</legend>
          ${facets.sources.map(
            (s) => html`<label class="check" title=${s.title}>
            <input type="checkbox" .checked=${choice.sources.has(s.id)}
              @change=${(e: Event) => toggle(s.id, (e.target as HTMLInputElement).checked)} />
            <span>${s.label}</span></label>`,
          )}
        </fieldset>
        <label class="field">${msg("Kind of document")}
          <select @change=${(e: Event) => change({ ...choice, kind: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!choice.kind}>${msg("All kinds")}</option>
            ${facets.kinds.map((k) => html`<option .value=${k} ?selected=${k === choice.kind}>${kindLabel(k as CatalogEntry["kind"])}</option>`)}
          </select>
        </label>
        <fieldset>
          <legend>${msg("Published")}</legend>
          <div class="years">
            <label class="field">${msg("From", { id: "search-filters.year-from", desc: "The first year of the range of publication years." })}
              <select @change=${(e: Event) => setYear("from", Number((e.target as HTMLSelectElement).value))}>${yearOptions(choice.yearFrom)}</select></label>
            <label class="field">${msg("To", { id: "search-filters.year-to", desc: "The last year of the range of publication years." })}
              <select @change=${(e: Event) => setYear("to", Number((e.target as HTMLSelectElement).value))}>${yearOptions(choice.yearTo)}</select></label>
          </div>
        </fieldset>
      </div>
    </details>
  `;
}
