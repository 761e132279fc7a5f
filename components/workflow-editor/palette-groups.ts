import { NODE_CATEGORIES, type NodeCategory } from "@/lib/workflow/node-meta";
import { NODE_TYPE_NAMES, nodeTypeMeta, type NodeType } from "@/lib/workflow/node-types";
import { CATEGORY_LOOKS } from "./node-looks";

export interface PaletteGroup {
  category: NodeCategory;
  title: string;
  types: NodeType[];
}

/**
 * The palette's sections: node types by category, in palette order, keeping those whose label,
 * description, type name or category matches every word of `search`.
 */
export function paletteGroups(search: string): PaletteGroup[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return NODE_CATEGORIES.map((category) => {
    const title = CATEGORY_LOOKS[category].title;
    const types = NODE_TYPE_NAMES.filter((type) => {
      const meta = nodeTypeMeta(type);
      if (meta.category !== category) return false;
      const text = `${meta.label} ${meta.description} ${type} ${title}`.toLowerCase();
      return words.every((word) => text.includes(word));
    });
    return { category, title, types };
  }).filter((group) => group.types.length > 0);
}
