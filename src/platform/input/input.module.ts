import { Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { InputValidationPipe } from './input-validation.pipe';

/**
 * The one input-validation layer (null bytes and control characters anywhere, impossible dates in
 * filters, all 400): InputValidationMiddleware (applied by AppModule to every route), this pipe on
 * every handler argument. Both throw InputRefusedError (400); web's InputRefusedFilter answers it.
 */
@Module({
  providers: [{ provide: APP_PIPE, useClass: InputValidationPipe }],
})
export class InputModule {}
