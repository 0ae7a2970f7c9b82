import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { refuseHostileInput } from './hostile-input';

/**
 * The input-validation layer, second half: every @Body(), @Query() and @Param() value a handler
 * receives is checked again, which covers multipart form fields (parsed after the middleware ran).
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    refuseHostileInput(value, metadata.type === 'query', metadata.data ?? '');
    return value;
  }
}
