import { Module } from '@nestjs/common';
import { HomeController } from './home/home.controller';
import { SignInPageController } from './sign-in/sign-in-page.controller';
import { SignInSubmitController } from './sign-in/sign-in-submit.controller';
import { SignOutController } from './sign-in/sign-out.controller';
import { FlashStore } from './support/flash-store';
import { PageRenderer } from './support/page-renderer';

/** The server-rendered GOV.UK pages: one controller per workflow step. */
@Module({
  controllers: [HomeController, SignInPageController, SignInSubmitController, SignOutController],
  providers: [FlashStore, PageRenderer],
})
export class WebModule {}
