export declare const chromiumArgs: string[];
export declare function findChromium(): { path: string; origin: string } | undefined;
