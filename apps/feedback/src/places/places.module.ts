import { Module } from '@nestjs/common';
import { PlaceDirectory } from './place-directory.js';
import { PlaceHandlers } from './place.handlers.js';

@Module({
  controllers: [PlaceHandlers],
  providers: [PlaceDirectory],
  exports: [PlaceDirectory],
})
export class PlacesModule {}
