import { Delete, Get, HttpCode, Patch, Post, Put, applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiResponse, type ApiResponseOptions } from '@nestjs/swagger';

const METHODS = { GET: Get, POST: Post, PUT: Put, PATCH: Patch, DELETE: Delete } as const;

export interface EndpointOptions {
  /** the path under the controller's ('' for the controller's own) */
  path?: string;
  /** the success status when it is not Nest's default (200, 201 for POST), e.g. 204 */
  status?: number;
  /** one line for the OpenAPI document: what the route does */
  summary: string;
  /** the refusals (and notable successes) it documents, each with its code */
  responses?: ApiResponseOptions[];
}

/**
 * One route: its method and path, its success status and its entry in the OpenAPI
 * document (which the authorization matrix and the fuzz test read every route from), in
 * one decorator, so a controller method reads as what it is rather than five lines of
 * framework.
 */
export function Endpoint(method: keyof typeof METHODS, { path = '', status, summary, responses = [] }: EndpointOptions): MethodDecorator {
  return applyDecorators(METHODS[method](path), ...(status ? [HttpCode(status)] : []), ApiOperation({ summary }), ...responses.map((r) => ApiResponse(r)));
}
