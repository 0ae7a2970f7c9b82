import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { InputRefusedFilter } from './input-refused.filter';
import { InputValidationPipe } from './input-validation.pipe';

/**
 * The one input-validation layer (null bytes and control characters anywhere, impossible dates in
 * filters, all 400): InputValidationMiddleware (applied by AppModule to every route), this pipe on
 * every handler argument and the filter that answers either.
 */
@Module({
  providers: [
    { provide: APP_PIPE, useClass: InputValidationPipe },
    { provide: APP_FILTER, useClass: InputRefusedFilter },
  ],
})
export class InputModule {}
