import { BadRequestException, ConflictException, HttpException, NotFoundException } from '@nestjs/common';
import { ZodError } from 'zod';
import { UserInputError } from './user-errors';

/** Turns UserInputError and zod errors into 400/404/409 with {message}. */
export async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UserInputError) {
      if (e.kind === 'not_found') throw new NotFoundException(e.message);
      if (e.kind === 'conflict') throw new ConflictException(e.message);
      throw new BadRequestException(e.message);
    }
    if (e instanceof ZodError) {
      throw new BadRequestException(
        e.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      );
    }
    if (e instanceof HttpException) throw e;
    throw e;
  }
}
