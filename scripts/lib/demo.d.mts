import type { Server } from 'node:http';

export const ROOT: string;
export const DEMO_DIR: string;
export const DEMO_PAGE: string;
export const DEMO_MATCH: string;
export function serveDemo(options?: { port?: number; dir?: string }): Promise<{ server: Server; url: string }>;
export function demoExtension(distDir: string, outDir: string): string;
export function hasDisplay(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): boolean;
