import { Platform, Type, ValidationError } from '@mikro-orm/core';
import { hasIsoDateShape } from '../../common/dates';

/**
 * A calendar date (no time, no zone) stored as a SQL DATE and held in JS as a Date at UTC midnight.
 * MikroORM's own `date` type gives strings; this keeps dates as dates.
 */
export class CalendarDateType extends Type<Date | null | undefined, string | null | undefined> {
  override convertToDatabaseValue(value: Date | string | null | undefined): string | null | undefined {
    if (value === null || value === undefined) return value;
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw ValidationError.invalidType(CalendarDateType, value, 'JS');
      return value.toISOString().slice(0, 10);
    }
    if (hasIsoDateShape(value)) return value;
    throw ValidationError.invalidType(CalendarDateType, value, 'JS');
  }

  override convertToJSValue(value: string | Date | null | undefined): Date | null | undefined {
    if (value === null || value === undefined) return value;
    if (value instanceof Date) {
      return new Date(Date.UTC(value.getFullYear(), value.getMonth(), value.getDate()));
    }
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
    if (!m) throw ValidationError.invalidType(CalendarDateType, value, 'database');
    return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }

  override compareAsType(): string {
    return 'string';
  }

  override getColumnType(): string {
    return 'date';
  }

  override ensureComparable(): boolean {
    return true;
  }

  override toJSON(value: Date | null | undefined, _platform: Platform): string | null | undefined {
    return this.convertToDatabaseValue(value);
  }
}
